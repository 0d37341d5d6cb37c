namespace MassageCoverage.Testing;

/// <summary>Reads the messages the app wrote to its outbox folder, as the person they were sent to would.</summary>
public static class Mailbox
{
    /// <summary>Every message to this address, oldest first.</summary>
    public static IReadOnlyList<string> To(AppFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Directory.GetFiles(factory.Outbox).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Where(m => m.StartsWith($"To: {email}\n", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>The link after <paramref name="prefix"/> in the newest message to this address that has one.</summary>
    public static Uri Link(AppFactory factory, string email, string prefix)
    {
        var line = To(factory, email).Reverse()
            .SelectMany(m => m.Split('\n'))
            .FirstOrDefault(l => l.Contains(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No message to {email} has a line with '{prefix}'.");
        return new Uri(line[(line.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..].Trim());
    }
}
