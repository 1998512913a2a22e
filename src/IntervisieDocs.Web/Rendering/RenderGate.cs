using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Web.Rendering;

/// <summary>
/// Bounds the PDF renders: at most <see cref="Slots"/> at once, the rest wait (at most
/// <paramref name="maxWaiting"/> of them, each at most <paramref name="timeLimit"/>), and an answer
/// after at most <paramref name="timeLimit"/> of rendering. A render cannot be stopped halfway, so one
/// that runs past the limit keeps its slot until it ends: the number of renders in memory stays
/// bounded even then.
/// </summary>
internal sealed class RenderGate(int slots, int maxWaiting, TimeSpan timeLimit)
{
    private readonly SemaphoreSlim _slots = new(slots, slots);
    private int _waiting;
    private int _running;
    private int _peak;

    public int Slots { get; } = slots;

    public TimeSpan TimeLimit { get; } = timeLimit;

    /// <summary>The most renders that ran at the same time (for tests and measurements).</summary>
    public int PeakRunning => Volatile.Read(ref _peak);

    public async Task<RenderOutcome> RunAsync(Func<PdfFile> render, CancellationToken cancellation)
    {
        if (Interlocked.Increment(ref _waiting) > maxWaiting)
        {
            Interlocked.Decrement(ref _waiting);
            return new RenderOutcome(null, RenderFailure.Busy);
        }

        bool entered;
        try
        {
            entered = await _slots.WaitAsync(TimeLimit, cancellation).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        if (!entered)
        {
            return new RenderOutcome(null, RenderFailure.Busy);
        }

        var task = Task.Run(() =>
        {
            var now = Interlocked.Increment(ref _running);
            UpdatePeak(now);
            try
            {
                return render();
            }
            finally
            {
                Interlocked.Decrement(ref _running);
                _slots.Release();
            }
        }, CancellationToken.None);

        try
        {
            return RenderOutcome.Done(await task.WaitAsync(TimeLimit, cancellation).ConfigureAwait(false));
        }
        catch (TimeoutException)
        {
            _ = task.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            return new RenderOutcome(null, RenderFailure.TimedOut);
        }
        catch (Exception e) when (e is TemplateException or LayoutException or MarkdownPrintException)
        {
            return new RenderOutcome(null, RenderFailure.Invalid, e.Message);
        }
    }

    private void UpdatePeak(int now)
    {
        var peak = Volatile.Read(ref _peak);
        while (now > peak && Interlocked.CompareExchange(ref _peak, now, peak) is var seen && seen != peak)
        {
            peak = seen;
        }
    }
}
