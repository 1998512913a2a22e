using CsCheck;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Pdf;

/// <summary>The checksum added to PDFsharp's compressed streams: the block-wise sum equals the definition.</summary>
public sealed class Adler32Tests
{
    private static uint ByDefinition(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    [Fact]
    public void Known_values() // RFC 1950 examples as zlib computes them
    {
        Assert.Equal(1u, ReproducibleOutput.Adler32([]));
        Assert.Equal(0x11E60398u, ReproducibleOutput.Adler32("Wikipedia"u8));
    }

    [Theory]
    [InlineData(5551)]
    [InlineData(5552)]
    [InlineData(5553)]
    [InlineData(100_000)]
    public void All_bytes_0xFF_the_worst_case_for_overflow_give_the_same_sum(int length)
    {
        var data = Enumerable.Repeat((byte)0xFF, length).ToArray();
        Assert.Equal(ByDefinition(data), ReproducibleOutput.Adler32(data));
    }

    [Fact]
    public void Any_bytes_give_the_same_sum_as_the_definition() =>
        Gen.Byte.Array[0, 20_000].Sample(data => Assert.Equal(ByDefinition(data), ReproducibleOutput.Adler32(data)), iter: 200);
}
