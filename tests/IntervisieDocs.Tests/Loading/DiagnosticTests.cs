using IntervisieDocs.Loading;

namespace IntervisieDocs.Tests.Loading;

public sealed class DiagnosticTests
{
    [Fact]
    public void Formats_like_a_compiler_with_a_Dutch_severity()
    {
        var error = new Diagnostic(DiagnosticSeverity.Error, "methods/vissenkom.yaml", 12, 5, "stappen[1].minuten", "'minuten' moet een geheel getal zijn, niet 'tien'");
        var warning = error with { Severity = DiagnosticSeverity.Warning, Message = "let op" };

        Assert.Equal("methods/vissenkom.yaml:12:5: fout: 'minuten' moet een geheel getal zijn, niet 'tien'", error.ToString());
        Assert.Equal("methods/vissenkom.yaml:12:5: waarschuwing: let op", warning.ToString());
    }

    [Fact]
    public void Leaves_out_the_place_when_the_whole_file_is_meant()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "methods", 0, 0, null, "map bestaat niet");
        Assert.Equal("methods: fout: map bestaat niet", diagnostic.ToString());
    }

    [Fact]
    public void Keeps_the_path_as_given()
    {
        var result = DataLoader.Load(Path.Join("does", "not", "exist"));
        Assert.Equal($"{Path.Join("does", "not", "exist")}: fout: map bestaat niet", Assert.Single(result.Diagnostics).ToString());
        Assert.Null(result.Data);
        Assert.True(result.HasErrors);
    }
}
