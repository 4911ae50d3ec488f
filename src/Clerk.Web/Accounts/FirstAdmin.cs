using Clerk.App.Accounts;
using Clerk.Store;

namespace Clerk.Web.Accounts;

/// <summary>On first start with a database without accounts, makes the admin account and prints its one-time password, once.</summary>
public sealed class FirstAdmin(StoreOptions store, NodaTime.IClock clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var db = ClerkStore.Open(store, create: false);
        if (await new AccountService(db, clock).EnsureFirstAdminAsync(cancellationToken) is { } admin)
        {
            Console.Out.WriteLine($"First start: made the admin account {admin.Email}; its one-time password, shown only now: {admin.Password}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
