using System.Net;
using System.Net.Sockets;

namespace IntervisieDocs.Tests.Cli;

/// <summary>The options of <c>intervisie web</c>; the site itself is tested in IntervisieDocs.Web.Tests.</summary>
public sealed class WebCommandTests
{
    [Theory]
    [InlineData("--poort", "70000", "--poort: geef een poort van 0 tot en met 65535, niet 70000")]
    [InlineData("--adres", "iedereen", "--adres: 'iedereen' is geen IP-adres; bijvoorbeeld 127.0.0.1 (alleen deze computer) of 0.0.0.0 (het hele netwerk)")]
    public void A_bad_option_is_bad_input_with_a_Dutch_message(string option, string value, string message)
    {
        var result = CliRunner.Run(RepoPaths.Root, "web", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_port_in_use_is_bad_input_with_a_Dutch_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = CliRunner.Run(RepoPaths.Root, "web", "--poort", $"{port}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"poort {port} is al in gebruik; kies een andere met --poort", result.Error);
    }

    [Fact]
    public void The_help_names_the_verb()
    {
        var result = CliRunner.Run(RepoPaths.Root, "web", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--poort", result.Output);
        Assert.Contains("127.0.0.1", result.Output);
    }
}
