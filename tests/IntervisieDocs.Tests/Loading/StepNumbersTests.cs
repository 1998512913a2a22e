using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

public sealed class StepNumbersTests
{
    [Theory]
    [InlineData(new[] { 4 }, "4")]
    [InlineData(new[] { 6, 13 }, "6 en 13")]
    [InlineData(new[] { 2, 3 }, "2 en 3")]
    [InlineData(new[] { 2, 3, 4, 5, 6 }, "2–6")]
    [InlineData(new[] { 9, 1, 2, 3, 5 }, "1–3, 5 en 9")]
    [InlineData(new int[0], "")]
    public void Formats_numbers_as_a_Dutch_reader_writes_them(int[] numbers, string expected) =>
        Assert.Equal(expected, StepNumbers.Format(numbers));
}
