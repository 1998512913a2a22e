using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IntervisieDocs.Layout;

namespace IntervisieDocs.Pdf;

/// <summary>
/// Rewrites the file PDFsharp saved so that the same document always gives the same bytes and
/// every checker accepts it. PDFsharp draws font-subset prefixes, the document ID and the XMP
/// ids from <see cref="Guid.NewGuid"/>, writes XMP text unescaped, and ends Flate streams without
/// their Adler-32 checksum (qpdf warns). The rewrite walks the objects in order (PDFsharp writes a
/// classic cross-reference table, no object streams), mends each, and writes a new xref table.
/// </summary>
internal static partial class ReproducibleOutput
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Normalize(byte[] pdf, DocumentModel model)
    {
        var text = Latin1.GetString(pdf);
        var firstObject = ObjectHeader().Match(text);
        if (!firstObject.Success)
        {
            throw new InvalidOperationException("PDF zonder objecten.");
        }

        var prefixes = new Dictionary<string, string>();
        var output = new MemoryStream(pdf.Length + 4096);
        Write(output, text[..firstObject.Index]);
        var offsets = new SortedDictionary<int, long>();
        var position = firstObject.Index;
        while (true)
        {
            var header = ObjectHeader().Match(text, position);
            if (!header.Success || header.Index != position)
            {
                break;
            }

            var number = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            offsets[number] = output.Position;
            position = WriteObject(text, pdf, header, output, prefixes, model);
        }

        var trailerStart = text.IndexOf("trailer", position, StringComparison.Ordinal);
        var trailerEnd = text.IndexOf("startxref", trailerStart, StringComparison.Ordinal);
        var trailer = text[trailerStart..trailerEnd];

        var xrefPosition = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        var expected = 1;
        foreach (var (number, offset) in offsets)
        {
            if (number != expected++)
            {
                throw new InvalidOperationException("PDF-objecten zijn niet doorlopend genummerd.");
            }

            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        // The document ID is a hash of everything before it: same content, same ID.
        var body = output.ToArray();
        var id = Convert.ToHexString(MD5.HashData(body));
        trailer = DocumentId().Replace(trailer, $"/ID[<{id}><{id}>]");
        Write(output, xref.ToString());
        Write(output, trailer);
        Write(output, string.Create(CultureInfo.InvariantCulture, $"startxref\n{xrefPosition}\n%%EOF\n"));
        return output.ToArray();
    }

    private static int WriteObject(string text, byte[] pdf, Match header, MemoryStream output, Dictionary<string, string> prefixes, DocumentModel model)
    {
        var start = header.Index + header.Length;
        // Only up to this object's end: searching on would scan the rest of the file for every small
        // object (a tagged PDF has thousands of structure elements in a row).
        var endObject = text.IndexOf("endobj\n", start, StringComparison.Ordinal);
        var streamKeyword = text.IndexOf("stream\n", start, endObject - start, StringComparison.Ordinal);
        if (streamKeyword < 0)
        {
            Write(output, header.Value + FixAnnotation(RenameSubsets(text[start..(endObject + 7)], prefixes), header.Groups[1].Value));
            return endObject + 7;
        }

        var dictionary = text[start..streamKeyword];
        var length = int.Parse(StreamLength().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var dataStart = streamKeyword + "stream\n".Length;
        var data = pdf.AsSpan(dataStart, length).ToArray();

        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            data = Encoding.UTF8.GetBytes(Xmp(model, text));
        }
        else if (dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal))
        {
            data = WithAdler32(data);
        }

        dictionary = StreamLength().Replace(RenameSubsets(dictionary, prefixes), $"/Length {data.Length}", 1);
        Write(output, header.Value + dictionary + "stream\n");
        output.Write(data);
        var after = text.IndexOf("endobj\n", dataStart + length, StringComparison.Ordinal) + 7;
        Write(output, "\nendstream\nendobj\n");
        return after;
    }

    /// <summary>Subset tags become a function of the font name and its order, not of a random GUID.</summary>
    private static string RenameSubsets(string fragment, Dictionary<string, string> prefixes) =>
        SubsetName().Replace(fragment, m =>
        {
            var key = m.Groups[1].Value + "+" + m.Groups[2].Value;
            if (!prefixes.TryGetValue(key, out var tag))
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{prefixes.Count}:{m.Groups[2].Value}"));
                tag = new string([.. hash.Take(6).Select(b => (char)('A' + (b % 26)))]);
                prefixes[key] = tag;
            }

            return "/" + tag + "+" + m.Groups[2].Value;
        });

    /// <summary>Link annotations get a GUID name and the time of writing: derive both from the object instead.</summary>
    private static string FixAnnotation(string fragment, string objectNumber)
    {
        if (!fragment.Contains("/Type/Annot", StringComparison.Ordinal))
        {
            return fragment;
        }

        var date = PdfRenderer.FixedDate.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        fragment = AnnotationName().Replace(fragment, $"/NM(annotatie-{objectNumber})");
        return AnnotationDate().Replace(fragment, $"/M(D:{date}Z)");
    }

    /// <summary>
    /// The zlib checksum (RFC 1950). The sums are reduced once per block of 5552 bytes, the most that
    /// cannot overflow 32 bits, instead of once per byte: the same value, several times faster.
    /// </summary>
    internal static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        const int Block = 5552;
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var block = data[..Math.Min(Block, data.Length)];
            foreach (var value in block)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[block.Length..];
        }

        return (b << 16) | a;
    }

    /// <summary>PDFsharp writes a zlib header and raw deflate data but no checksum; add it.</summary>
    private static byte[] WithAdler32(byte[] data)
    {
        if (data.Length < 2)
        {
            return data;
        }

        using var input = new MemoryStream(data, 2, data.Length - 2);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        inflate.CopyTo(plain);
        var consumed = 2 + (int)input.Position;
        if (consumed + 4 <= data.Length)
        {
            return data; // A checksum is already there.
        }

        var checksum = Adler32(plain.GetBuffer().AsSpan(0, (int)plain.Length));
        var result = new byte[data.Length + 4];
        data.CopyTo(result, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(data.Length), checksum);
        return result;
    }

    private static string Xmp(DocumentModel model, string pdfText)
    {
        static string X(string value) => System.Security.SecurityElement.Escape(value) ?? "";
        var date = PdfRenderer.FixedDate.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(model.Title + "\n" + pdfText.Length.ToString(CultureInfo.InvariantCulture)));
        var documentId = new Guid(seed.AsSpan(0, 16));
        var instanceId = new Guid(seed.AsSpan(16, 16));
        return
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
            "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
            $"   <pdf:Producer>{X(Producer(pdfText))}</pdf:Producer>\n" +
            $"   <pdf:Keywords>{X(model.Keywords)}</pdf:Keywords>\n" +
            "  </rdf:Description>\n" +
            "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" +
            $"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(model.Title)}</rdf:li></rdf:Alt></dc:title>\n" +
            $"   <dc:creator><rdf:Seq><rdf:li>{X(model.Author)}</rdf:li></rdf:Seq></dc:creator>\n" +
            $"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(model.Subject)}</rdf:li></rdf:Alt></dc:description>\n" +
            "  </rdf:Description>\n" +
            "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n" +
            "   <xmp:CreatorTool>IntervisieDocs</xmp:CreatorTool>\n" +
            $"   <xmp:CreateDate>{date}</xmp:CreateDate>\n" +
            $"   <xmp:ModifyDate>{date}</xmp:ModifyDate>\n" +
            "  </rdf:Description>\n" +
            (pdfText.Contains("/StructTreeRoot", StringComparison.Ordinal)
                ? "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" +
                  "   <pdfuaid:part>1</pdfuaid:part>\n" +
                  "  </rdf:Description>\n"
                : "") +
            "  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n" +
            $"   <xmpMM:DocumentID>uuid:{documentId:D}</xmpMM:DocumentID>\n" +
            $"   <xmpMM:InstanceID>uuid:{instanceId:D}</xmpMM:InstanceID>\n" +
            "  </rdf:Description>\n" +
            " </rdf:RDF>\n" +
            "</x:xmpmeta>\n" +
            "<?xpacket end=\"w\"?>";
    }

    /// <summary>The XMP producer must equal the document information's (PDFsharp writes its own name and version there).</summary>
    private static string Producer(string pdfText)
    {
        var match = InfoProducer().Match(pdfText);
        return match.Success ? match.Groups[1].Value : "PDFsharp";
    }

    private static void Write(MemoryStream output, string text) => output.Write(Latin1.GetBytes(text));

    [GeneratedRegex(@"/Producer\(([^()\\]*)\)")]
    private static partial Regex InfoProducer();

    [GeneratedRegex(@"(\d+) 0 obj\n")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9#,\-]+)")]
    private static partial Regex SubsetName();

    [GeneratedRegex(@"/NM\([^)]*\)")]
    private static partial Regex AnnotationName();

    [GeneratedRegex(@"/M\(D:[^)]*\)")]
    private static partial Regex AnnotationDate();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex DocumentId();
}
