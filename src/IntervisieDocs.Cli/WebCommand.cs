using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie web [--poort N] [--adres ADRES]</c>: the local web page for trainers (choose a method,
/// compose a session, download the PDFs). Listens on this computer only unless --adres says otherwise.
/// </summary>
internal static class WebCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--poort")
        {
            Description = $"Poort van de webpagina (standaard {WebServerOptions.DefaultPort}; 0 kiest een vrije poort)",
            HelpName = "N",
            DefaultValueFactory = _ => WebServerOptions.DefaultPort,
        };
        var address = new Option<string?>("--adres")
        {
            Description = "Luister op dit adres in plaats van alleen op deze computer (127.0.0.1), bijvoorbeeld 0.0.0.0 voor het hele netwerk",
            HelpName = "ADRES",
        };
        var command = new Command("web", "Start de webpagina op deze computer: methode kiezen, sessie samenstellen, PDF's downloaden") { port, address };
        command.SetAction(parse =>
        {
            var chosenPort = parse.GetValue(port);
            if (chosenPort is < 0 or > 65535)
            {
                throw new UserError($"--poort: geef een poort van 0 tot en met 65535, niet {chosenPort}");
            }

            var listen = IPAddress.Loopback;
            if (parse.GetValue(address) is { } text && !IPAddress.TryParse(text, out listen!))
            {
                throw new UserError($"--adres: '{text}' is geen IP-adres; bijvoorbeeld 127.0.0.1 (alleen deze computer) of 0.0.0.0 (het hele netwerk)");
            }

            var products = Generator.ContextOf(context, parse, out _);
            var options = new WebServerOptions { Address = listen, Port = chosenPort };
            if (!options.IsLoopback)
            {
                context.Warn($"de webpagina is ook vanaf andere computers te bereiken (adres {listen}); er is geen wachtwoord, en wie de pagina opent ziet de namen die je invult");
            }

            var app = WebServer.Build(products, options);
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserError($"poort {chosenPort} is al in gebruik; kies een andere met --poort, bijvoorbeeld --poort {WebServerOptions.DefaultPort + 1}");
            }

            foreach (var url in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                context.Say($"IntervisieDocs draait op {url}/ — open dit adres in je browser. Stoppen: Ctrl+C.");
            }

            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie web", "intervisie web --poort 8080", "intervisie web --poort 0");
    }
}
