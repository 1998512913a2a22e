using System.Buffers.Binary;

namespace IntervisieDocs.Pdf;

/// <summary>
/// Which characters a TrueType font has a glyph for, read from its <c>cmap</c> table (the Unicode
/// subtables of format 4 and 12). Used to pick, per character, Lato or the first fallback font that
/// has it.
/// </summary>
internal sealed class FontCoverage
{
    private readonly (int First, int Last)[] _ranges;

    private FontCoverage((int First, int Last)[] ranges) => _ranges = ranges;

    public bool Has(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (codePoint < _ranges[mid].First)
            {
                high = mid - 1;
            }
            else if (codePoint > _ranges[mid].Last)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the coverage of the font in <paramref name="ttf"/>; a font without a Unicode cmap covers nothing.</summary>
    public static FontCoverage Read(ReadOnlySpan<byte> ttf)
    {
        var ranges = new List<(int, int)>();
        var tables = U16(ttf, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (U32(ttf, record) != 0x636D6170) // 'cmap'
            {
                continue;
            }

            var cmap = (int)U32(ttf, record + 8);
            var best = -1;
            var bestFormat = 0;
            for (var j = 0; j < U16(ttf, cmap + 2); j++)
            {
                var entry = cmap + 4 + (8 * j);
                var (platform, encoding) = (U16(ttf, entry), U16(ttf, entry + 2));
                var offset = cmap + (int)U32(ttf, entry + 4);
                var format = U16(ttf, offset);
                var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
                if (unicode && (format == 12 || (format == 4 && bestFormat != 12)))
                {
                    (best, bestFormat) = (offset, format);
                }
            }

            if (bestFormat == 12)
            {
                var groups = (int)U32(ttf, best + 12);
                for (var g = 0; g < groups; g++)
                {
                    var at = best + 16 + (12 * g);
                    if (U32(ttf, at + 8) != 0)
                    {
                        ranges.Add(((int)U32(ttf, at), (int)U32(ttf, at + 4)));
                    }
                }
            }
            else if (bestFormat == 4)
            {
                ReadFormat4(ttf, best, ranges);
            }
        }

        ranges.Sort();
        return new FontCoverage([.. ranges]);
    }

    /// <summary>Segments of code points; within a segment a character whose glyph index comes out 0 has none.</summary>
    private static void ReadFormat4(ReadOnlySpan<byte> ttf, int table, List<(int, int)> ranges)
    {
        var segments = U16(ttf, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var offsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var (first, last) = (U16(ttf, starts + (2 * s)), U16(ttf, ends + (2 * s)));
            if (first == 0xFFFF)
            {
                continue;
            }

            var delta = U16(ttf, deltas + (2 * s));
            var rangeOffset = U16(ttf, offsets + (2 * s));
            var runStart = -1;
            for (var c = first; c <= last; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = offsets + (2 * s) + rangeOffset + (2 * (c - first));
                    glyph = U16(ttf, at);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0 && runStart < 0)
                {
                    runStart = c;
                }
                else if (glyph == 0 && runStart >= 0)
                {
                    ranges.Add((runStart, c - 1));
                    runStart = -1;
                }
            }

            if (runStart >= 0)
            {
                ranges.Add((runStart, last));
            }
        }
    }

    private static int U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
