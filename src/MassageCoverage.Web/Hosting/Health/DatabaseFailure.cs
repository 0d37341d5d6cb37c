using System.Data.Common;
using System.Net.Sockets;

namespace MassageCoverage.Web.Hosting.Health;

/// <summary>Tells a database outage (refused, reset, timed out) apart from a bug.</summary>
public static class DatabaseFailure
{
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
