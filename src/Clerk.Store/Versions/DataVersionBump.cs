using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clerk.Store.Versions;

/// <summary>
/// Raises <see cref="DataVersion"/> inside every write transaction EF Core commits for a store whose
/// schema is current, so the number and the data it stands for commit together: no reader can see new
/// data with the old number. Migrations commit before the table exists and are not counted. The same
/// moment indexes the search documents a transaction queued (see <see cref="Providers.StoreProvider.BeforeCommit"/>).
/// </summary>
internal sealed class DataVersionBump : DbTransactionInterceptor
{
    public static readonly DataVersionBump Instance = new();

    internal const string Sql = "UPDATE \"DataVersion\" SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1";

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is ClerkDbContext { CountsWrites: true } db)
        {
            using var command = Command(transaction, db);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ClerkDbContext { CountsWrites: true } db)
        {
            await using var command = Command(transaction, db);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    private static DbCommand Command(DbTransaction transaction, ClerkDbContext db)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = db.Provider?.BeforeCommit ?? Sql;
        // Its work grows with what the transaction wrote (the search documents of a new docket of a
        // million entries: minutes on PostgreSQL), and running out of time would throw all of it away.
        command.CommandTimeout = 0;
        return command;
    }
}
