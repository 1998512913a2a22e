using System.Collections.Concurrent;

namespace IntervisieDocs.Web.Rendering;

/// <summary>
/// The PDFs that depend on the data only (handouts, cards, blank worksheets, the schatkist), made once
/// and kept. Keys come from a fixed catalogue of the loaded data, never from free text in a request,
/// so the cache holds at most one PDF per product of the data. A failed render is not kept.
/// </summary>
internal sealed class PdfCache(RenderGate gate)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RenderOutcome>>> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public async Task<RenderOutcome> GetAsync(string key, Func<PdfFile> render, CancellationToken cancellation)
    {
        var entry = _entries.GetOrAdd(key, _ => new Lazy<Task<RenderOutcome>>(() => gate.RunAsync(render, CancellationToken.None)));
        var outcome = await entry.Value.WaitAsync(cancellation).ConfigureAwait(false);
        if (outcome.Failure != RenderFailure.None)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }

        return outcome;
    }
}
