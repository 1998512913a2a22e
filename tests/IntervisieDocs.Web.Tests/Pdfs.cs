using PdfSharp.Pdf.IO;

namespace IntervisieDocs.Web.Tests;

internal static class Pdfs
{
    /// <summary>Opens the bytes as a PDF (PDFsharp parses the whole structure) and gives the page count.</summary>
    public static int Pages(byte[] bytes)
    {
        Assert.True(bytes.Length > 1000, $"a PDF of {bytes.Length} bytes");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var stream = new MemoryStream(bytes);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount > 0);
        return document.PageCount;
    }

    public static async Task<(byte[] Bytes, int Pages, string? FileName)> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(2000, body.Length)]}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return (body, Pages(body), response.Content.Headers.ContentDisposition?.FileName);
    }
}
