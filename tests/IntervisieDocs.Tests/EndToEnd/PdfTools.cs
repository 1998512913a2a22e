using System.Diagnostics;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>
/// Runs the Debian PDF tools (poppler-utils, qpdf) on a file. These tests belong to the end-to-end
/// stage that .ci/run runs after installing the tools; without them they fail, never skip.
/// </summary>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} start niet");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is niet geïnstalleerd (apt-get install -y poppler-utils qpdf): {e.Message}", e);
        }
    }

    public static string Text(string pdf, bool layout = false) =>
        Expect(layout ? Run("pdftotext", "-layout", pdf, "-") : Run("pdftotext", pdf, "-")).Output;

    /// <summary>The text of one page (1-based).</summary>
    public static string PageText(string pdf, int page) =>
        Expect(Run("pdftotext", "-f", $"{page}", "-l", $"{page}", pdf, "-")).Output;

    public static void CheckStructure(string pdf)
    {
        var result = Run("qpdf", "--check", pdf);
        Assert.True(result.ExitCode == 0, $"qpdf --check faalde ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        Assert.DoesNotContain("WARNING", result.Output + result.Error);
    }

    /// <summary>Every font is embedded (and subset): the "emb" column of pdffonts says yes.</summary>
    public static IReadOnlyList<string> CheckFontsEmbedded(string pdf)
    {
        var lines = Expect(Run("pdffonts", pdf)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5] == "yes", $"lettertype niet ingebed: {line}");
        }

        return lines;
    }

    public static int PageCount(string pdf)
    {
        var info = Expect(Run("pdfinfo", pdf)).Output;
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How much of a page (1-based) carries ink and how much visible colour, rendered at 30 dpi by
    /// pdftoppm and measured by ImageMagick: ink = pixels darker than 95 % white in grey; colour =
    /// pixels whose chroma (HCL) is above 15 %.
    /// </summary>
    public static (double Ink, double Colour) Coverage(string pdf, int page)
    {
        var directory = Directory.CreateTempSubdirectory("dekking");
        try
        {
            var png = Path.Join(directory.FullName, "p");
            Expect(Run("pdftoppm", "-r", "30", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", pdf, png));
            double Measure(params string[] operations) => double.Parse(
                Expect(Run("convert", [png + ".png", .. operations, "-format", "%[fx:mean]", "info:"])).Output.Trim(),
                System.Globalization.CultureInfo.InvariantCulture);
            var ink = 1 - Measure("-colorspace", "gray", "-threshold", "95%");
            var colour = Measure("-colorspace", "HCL", "-separate", "-delete", "0,2", "-threshold", "15%");
            return (ink, colour);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Per page: how far down (in points from the top) something is printed inside the band from
    /// <paramref name="top"/> to <paramref name="bottom"/>, or null when nothing is. Read from the pages
    /// rendered in grey by pdftoppm, so text, rules, boxes and shapes all count.
    /// </summary>
    public static List<double?> InkBottoms(string pdf, double top, double bottom, int dpi = 36)
    {
        var dir = Directory.CreateTempSubdirectory("inkt-");
        try
        {
            Expect(Run("pdftoppm", "-gray", "-r", $"{dpi}", pdf, Path.Join(dir.FullName, "p")));
            return [.. Directory.GetFiles(dir.FullName, "*.pgm").Order(StringComparer.Ordinal).Select(f => InkBottom(File.ReadAllBytes(f), dpi, top, bottom))];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static double? InkBottom(byte[] pgm, int dpi, double top, double bottom)
    {
        // Binary PGM: "P5", width, height, maximum value, one whitespace, then a byte per pixel.
        var (fields, position) = (new List<int>(), 2);
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(pgm, start, position - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        var (width, height, data) = (fields[0], fields[1], position + 1);
        var scale = dpi / 72.0;
        var last = Math.Min(height - 1, (int)(bottom * scale));
        for (var y = last; y >= (int)(top * scale); y--)
        {
            for (var x = 0; x < width; x++)
            {
                if (pgm[data + (y * width) + x] < 200)
                {
                    return (y + 1) / scale;
                }
            }
        }

        return null;
    }

    /// <summary>Asserts the snippets occur in the text in this order.</summary>
    public static void AssertInOrder(string text, IEnumerable<string> snippets)
    {
        var normalized = Normalize(text);
        var position = 0;
        foreach (var snippet in snippets)
        {
            var found = normalized.IndexOf(Normalize(snippet), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{snippet}\" ontbreekt (of staat niet op volgorde) in de tekst van de PDF");
            position = found + 1;
        }
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[])[' ', '\n', '\r', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Result Expect(Result result)
    {
        Assert.True(result.ExitCode == 0, $"{result.Error}");
        return result;
    }
}
