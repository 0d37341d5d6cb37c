using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MassageCoverage.Web.Tests.Mail;

/// <summary>What a real SMTP server received: the message as a reader's mail program would parse it, and whether it came over TLS.</summary>
internal sealed record ReceivedMessage(string MessageId, string To, string Subject, string Body, bool OverTls);

/// <summary>
/// A real SMTP server on a free loopback port (the SmtpServer package), offering STARTTLS with a certificate of its
/// own when asked to. It keeps every message it accepted; <paramref name="reply"/> can refuse the n-th one.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private TestSmtpServer(int port, X509Certificate2? certificate, Func<int, SmtpResponse>? reply)
    {
        Port = port;
        Certificate = certificate;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint =>
        {
            endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port));
            if (certificate is not null)
            {
                endpoint.Certificate(certificate);
            }
        }).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, reply));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public X509Certificate2? Certificate { get; }

    /// <summary>The SHA-256 thumbprint the app is told to trust (Email:Smtp:CertificateThumbprint).</summary>
    public string? Thumbprint => Certificate?.GetCertHashString(HashAlgorithmName.SHA256);

    public ConcurrentQueue<ReceivedMessage> Received { get; } = new();

    /// <summary>How many times a message was offered, refused ones included.</summary>
    public int Offered => _offered;

    private int _offered;

    public static TestSmtpServer Start(bool startTls, Func<int, SmtpResponse>? reply = null) =>
        new(FreePort(), startTls ? SelfSigned() : null, reply);

    /// <summary>The settings that point the app at this server.</summary>
    public Dictionary<string, string> Settings(bool requireTls = false)
    {
        var settings = new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:RequireTls"] = requireTls ? "true" : "false",
            ["Email:Smtp:TimeoutSeconds"] = "10",
        };
        if (Thumbprint is { } thumbprint)
        {
            settings["Email:Smtp:CertificateThumbprint"] = thumbprint;
        }

        return settings;
    }

    /// <summary>Waits (at most <paramref name="limit"/>) until at least <paramref name="count"/> messages arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForAsync(int count, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (Received.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(25);
        }

        return [.. Received];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        Certificate?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class Store(TestSmtpServer server, Func<int, SmtpResponse>? reply) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var offered = Interlocked.Increment(ref server._offered);
            if (reply?.Invoke(offered) is { } refusal && refusal.ReplyCode != SmtpReplyCode.Ok)
            {
                return Task.FromResult(refusal);
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            server.Received.Enqueue(new ReceivedMessage(message.MessageId ?? "", message.To.ToString(), message.Subject ?? "", message.TextBody ?? "",
                context.Pipe.IsSecure));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
