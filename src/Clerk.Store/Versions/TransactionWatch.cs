using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clerk.Store.Versions;

/// <summary>
/// Marks a context once EF Core begins a transaction on it, so the store's own SQL asks EF for the
/// open transaction only where there can be one (see <see cref="ClerkDbContext.OpenTransaction"/>).
/// </summary>
internal sealed class TransactionWatch : DbTransactionInterceptor
{
    public static readonly TransactionWatch Instance = new();

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) =>
        Mark(eventData, result);

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Mark(eventData, result));

    private static DbTransaction Mark(TransactionEndEventData eventData, DbTransaction transaction)
    {
        if (eventData.Context is ClerkDbContext db)
        {
            db.HasBegunTransaction = true;
        }

        return transaction;
    }
}
