using System.Net;

namespace IntervisieDocs.Web.Hosting;

/// <summary>Where the site listens and how much it takes on. The defaults suit one trainer's laptop.</summary>
internal sealed record WebServerOptions
{
    public const int DefaultPort = 5080;

    /// <summary>Only this computer, unless the user asks for another address.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 lets the system choose a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The largest request body: a form with 100 long names, or a session file.</summary>
    public long MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>The largest session file to upload.</summary>
    public int MaxUploadBytes { get; init; } = 64 * 1024;

    /// <summary>PDF renders at the same time; the rest wait for a free slot.</summary>
    public int RenderSlots { get; init; } = Math.Max(1, Math.Min(4, Environment.ProcessorCount));

    /// <summary>Renders that may wait for a slot; more get "te druk" at once.</summary>
    public int MaxWaitingRenders { get; init; } = 64;

    /// <summary>How long a render may take, and how long one may wait for a slot.</summary>
    public TimeSpan RenderTimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
