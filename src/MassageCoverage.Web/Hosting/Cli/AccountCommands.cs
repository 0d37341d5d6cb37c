using MassageCoverage.Web.Features.Accounts;

namespace MassageCoverage.Web.Hosting.Cli;

/// <summary>
/// Accounts from the command line. Passwords go to the console once and never to the log: the console is the
/// operator's, the log is shipped elsewhere.
/// </summary>
internal static class AccountCommands
{
    public const string PasswordVariable = "MC_ADMIN_PASSWORD";

    /// <summary><c>create-admin EMAIL</c>: the password comes from MC_ADMIN_PASSWORD, the terminal, or is generated.</summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || !args[1].Contains('@', StringComparison.Ordinal))
        {
            await error.WriteLineAsync("Usage: create-admin EMAIL");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var generated = false;
        if (string.IsNullOrEmpty(password) && !Console.IsInputRedirected)
        {
            Console.Write("Password (at least 12 characters; leave empty to generate one): ");
            password = ReadHidden();
        }

        if (string.IsNullOrEmpty(password))
        {
            password = AccountSeeder.NewPassword();
            generated = true;
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();
        try
        {
            await seeder.CreateAsync(args[1].Trim(), password, Roles.Admin);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"Could not create the admin: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync(generated
            ? $"Admin {args[1].Trim()} is ready. Password (shown once, keep it safe): {password}"
            : $"Admin {args[1].Trim()} is ready.");
        return 0;
    }

    /// <summary>
    /// <c>seed-demo</c>: one demo account per role in the database in use, whatever the environment, since it is
    /// asked for by name. A new account's password is printed once; one that exists is said to exist.
    /// </summary>
    public static async Task<int> SeedDemoAsync(IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedDemoAccountsAsync();
        await output.WriteLineAsync("Demo accounts (a new password is shown once, now):");
        foreach (var (role, email, password) in accounts)
        {
            await output.WriteLineAsync(password is null
                ? $"  {role,-8} {email}  exists already"
                : $"  {role,-8} {email}  password: {password}");
        }

        return 0;
    }

    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return new string([.. chars]);
            }

            if (key.Key == ConsoleKey.Backspace && chars.Count > 0)
            {
                chars.RemoveAt(chars.Count - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
    }
}
