using IntervisieDocs.Loading;
using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.Loading;

/// <summary>
/// Text in a script the engine cannot set (right to left, shaped, or without spaces between words) is
/// refused when it is read: a Dutch error naming file, line, column and field, exit code 2, nothing
/// written. Latin, Greek and Cyrillic with their accents pass.
/// </summary>
public sealed class UnsupportedScriptTests : IDisposable
{
    private readonly Sandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("Ahmed محمد", 6, "Arabisch schrift")]
    [InlineData("Noa נועה", 4, "Hebreeuws schrift")]
    [InlineData("李明", 0, "Chinese tekens")]
    [InlineData("さくら", 0, "Japans schrift")]
    [InlineData("김민준", 0, "Koreaans schrift")]
    [InlineData("Priya प्रिया", 6, "een Indiaas schrift")]
    [InlineData("Somchai สมชาย", 8, "Thais schrift")]
    public void A_script_the_engine_cannot_set_is_found_and_named(string text, int index, string script)
    {
        var found = UnsupportedScripts.Find(text);

        Assert.NotNull(found);
        Assert.Equal(index, found.Value.Index);
        Assert.Contains($"tekst in {script} (", found.Value.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Łukasz Wróbel, Zofia Dąbrowska")]
    [InlineData("Jiří Dvořák, Věra Čáslavská")]
    [InlineData("Çağla Şahin, İlkay Gündoğan")]
    [InlineData("Αθηνά Παπαδοπούλου")]
    [InlineData("Наталья Иванова, Олександр")]
    [InlineData("Nguyễn Thị Hương")]
    [InlineData("“dilemma’s” – 4–7 · 5 min")]
    public void Latin_Greek_and_Cyrillic_pass(string text) => Assert.Null(UnsupportedScripts.Find(text));

    [Fact]
    public void An_invisible_direction_mark_is_refused_too() =>
        Assert.Contains("U+200F", UnsupportedScripts.Find("Sanne\u200F Bakker")!.Value.Message, StringComparison.Ordinal);

    [Fact]
    public void A_method_file_with_Hebrew_is_refused_with_file_line_column_and_field_and_nothing_is_written()
    {
        var file = _sandbox.PathOf("methods", "clinic.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("materialen: [Twee of meer stoelen]", "materialen: [Twee stoelen, שולחן]"));

        var result = CliRunner.Run(_sandbox.Root, "handout", "clinic", "-o", "uit/clinic.pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("clinic.yaml:16:28: fout: 'materialen[1]': tekst in Hebreeuws schrift ('שולחן') kan niet gedrukt worden: de opmaak zet geen tekst van rechts naar links; schrijf het in Latijnse letters", result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.False(Directory.Exists(_sandbox.PathOf("uit")) && Directory.EnumerateFileSystemEntries(_sandbox.PathOf("uit")).Any());
    }

    [Fact]
    public void A_session_file_with_a_Chinese_name_is_refused_with_file_line_column_and_field_and_nothing_is_written()
    {
        var example = File.ReadAllText(Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml"));
        _sandbox.Write("sessie.yaml", example.Replace("  - Pieter Jansen", "  - 王芳"));

        var result = CliRunner.Run(_sandbox.Root, "pakket", "sessie.yaml", "-o", "pakket.pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sessie.yaml:18:5: fout: 'deelnemers[5]': tekst in Chinese tekens ('王芳') kan niet gedrukt worden", result.Error);
        Assert.False(File.Exists(_sandbox.PathOf("pakket.pdf")));
    }

    [Fact]
    public void A_name_given_on_the_command_line_in_Arabic_is_refused()
    {
        var result = CliRunner.Run(_sandbox.Root, "werkblad", "casus", "--namen", "Anna,محمد", "-o", "casus.pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--namen: de naam 'محمد': tekst in Arabisch schrift", result.Error);
        Assert.False(File.Exists(_sandbox.PathOf("casus.pdf")));
    }
}
