using IntervisieDocs.Layout;
using IntervisieDocs.Web.Rendering;

namespace IntervisieDocs.Web.Tests;

/// <summary>The gate in front of the renders: bounded slots, bounded waiting, a time limit, Dutch failures.</summary>
public sealed class RenderGateTests
{
    private static readonly PdfFile File = new("x.pdf", [1, 2, 3]);

    [Fact]
    public async Task A_render_past_the_time_limit_is_answered_and_keeps_its_slot_until_it_ends()
    {
        var gate = new RenderGate(1, 10, TimeSpan.FromMilliseconds(200));
        using var release = new ManualResetEventSlim();

        var slow = await gate.RunAsync(() => { release.Wait(TimeSpan.FromSeconds(30)); return File; }, CancellationToken.None);
        var meanwhile = await gate.RunAsync(() => File, CancellationToken.None);
        release.Set();
        await Task.Delay(50);
        var outcome = default(RenderOutcome);
        for (var i = 0; i < 100 && outcome?.File is null; i++)
        {
            outcome = await gate.RunAsync(() => File, CancellationToken.None);
        }

        Assert.Equal(RenderFailure.TimedOut, slow.Failure);
        Assert.Equal(RenderFailure.Busy, meanwhile.Failure);
        Assert.Same(File, outcome!.File);
    }

    [Fact]
    public async Task No_more_renders_run_than_there_are_slots_and_the_rest_wait()
    {
        var gate = new RenderGate(2, 100, TimeSpan.FromSeconds(30));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => gate.RunAsync(() => { Thread.Sleep(20); return File; }, CancellationToken.None)));

        Assert.All(outcomes, o => Assert.Same(File, o.File));
        Assert.InRange(gate.PeakRunning, 1, 2);
    }

    [Fact]
    public async Task More_waiting_than_allowed_are_told_it_is_busy()
    {
        var gate = new RenderGate(1, 2, TimeSpan.FromSeconds(30));
        using var release = new ManualResetEventSlim();
        var running = gate.RunAsync(() => { release.Wait(TimeSpan.FromSeconds(30)); return File; }, CancellationToken.None);
        var waiting = Enumerable.Range(0, 5).Select(_ => gate.RunAsync(() => File, CancellationToken.None)).ToList();
        var refused = await Task.WhenAny(waiting);
        var first = await refused;
        release.Set();
        var all = await Task.WhenAll(waiting);

        Assert.Equal(RenderFailure.Busy, first.Failure);
        Assert.Equal(3, all.Count(o => o.Failure == RenderFailure.Busy));
        Assert.Equal(2, all.Count(o => o.File is not null));
        Assert.Same(File, (await running).File);
    }

    [Fact]
    public async Task A_layout_error_becomes_its_Dutch_message()
    {
        var gate = new RenderGate(1, 1, TimeSpan.FromSeconds(30));
        var outcome = await gate.RunAsync(() => throw new LayoutException("de tabel past op geen pagina"), CancellationToken.None);

        Assert.Equal(RenderFailure.Invalid, outcome.Failure);
        Assert.Equal("de tabel past op geen pagina", outcome.Message);
    }
}
