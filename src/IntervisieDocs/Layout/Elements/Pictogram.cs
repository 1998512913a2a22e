namespace IntervisieDocs.Layout;

/// <summary>The pictograms of the design language (docs/ontwerp.md), all drawn by the engine.</summary>
internal enum PictogramKind
{
    /// <summary>Time: a dial with two hands.</summary>
    Clock,

    /// <summary>Group size: three people.</summary>
    Group,

    /// <summary>The setting: chairs in a circle, one filled (the inbrenger's).</summary>
    ChairCircle,

    /// <summary>Role mark of the gespreksleider: a person with a raised baton.</summary>
    Leader,

    /// <summary>Role mark of the inbrenger: a person with a speech bubble.</summary>
    Presenter,

    /// <summary>Role mark of an observer: an eye.</summary>
    Observer,

    /// <summary>Role mark of every other role: one person.</summary>
    Person,
}

/// <summary>
/// A square pictogram drawn from circles, rounded shapes and lines: no raster, nothing copied. The
/// shapes are designed on a 24-unit grid and scaled to the size asked for; legible from 3 mm.
/// </summary>
internal sealed class Pictogram : AtomicElement
{
    public Pictogram(PictogramKind kind, double size, Color color)
    {
        Kind = kind;
        Size = size;
        Color = color;
        Tag = StructureTag.Figure(AlternativeText);
    }

    public PictogramKind Kind { get; }

    public double Size { get; }

    public Color Color { get; }

    /// <summary>The Dutch word a reader that cannot see the figure gets.</summary>
    public string AlternativeText => Kind switch
    {
        PictogramKind.Clock => "klok",
        PictogramKind.Group => "groep",
        PictogramKind.ChairCircle => "stoelen in een kring",
        PictogramKind.Leader => "gespreksleider",
        PictogramKind.Presenter => "inbrenger",
        PictogramKind.Observer => "waarnemer",
        _ => "deelnemer",
    };

    /// <summary>The mark of a role, by the words of its name.</summary>
    public static PictogramKind ForRole(string roleName)
    {
        var name = roleName.ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("leider", StringComparison.Ordinal) || name.Contains("voorzitter", StringComparison.Ordinal) || name.Contains("facilitator", StringComparison.Ordinal) => PictogramKind.Leader,
            _ when name.Contains("inbreng", StringComparison.Ordinal) || name.Contains("eigenaar", StringComparison.Ordinal) => PictogramKind.Presenter,
            _ when name.Contains("observ", StringComparison.Ordinal) || name.Contains("waarnem", StringComparison.Ordinal) || name.Contains("luisteraar", StringComparison.Ordinal) => PictogramKind.Observer,
            _ => PictogramKind.Person,
        };
    }

    public override string Describe() => $"Pictogram {AlternativeText}";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(Size, Size);

    protected override void Paint(Rect area, LayoutContext context) => Draw(context.Canvas, Kind, new Rect(area.X, area.Y, Size, Size), Color);

    /// <summary>Draws <paramref name="kind"/> into the square <paramref name="box"/>.</summary>
    public static void Draw(ICanvas canvas, PictogramKind kind, Rect box, Color color)
    {
        var u = box.Width / 24;
        double X(double x) => box.X + (x * u);
        double Y(double y) => box.Y + (y * u);
        var line = new Stroke(Math.Max(0.5, 1.8 * u), color);
        var thin = new Stroke(Math.Max(0.4, 1.3 * u), color);

        void Circle(double cx, double cy, double r, bool filled) =>
            canvas.DrawPath(new VectorPath().AddCircle(X(cx), Y(cy), r * u), filled ? color : null, filled ? null : thin);

        // A person: head and rounded shoulders, centred at cx, standing on y = bottom.
        void Person(double cx, double top, double scale)
        {
            Circle(cx, top + (3.2 * scale), 3.2 * scale, filled: true);
            var w = 6.5 * scale;
            var shoulders = new VectorPath()
                .MoveTo(X(cx - w), Y(top + (15 * scale)))
                .LineTo(X(cx - w), Y(top + (12 * scale)))
                .CurveTo(X(cx - w), Y(top + (8 * scale)), X(cx + w), Y(top + (8 * scale)), X(cx + w), Y(top + (12 * scale)))
                .LineTo(X(cx + w), Y(top + (15 * scale)))
                .Close();
            canvas.DrawPath(shoulders, color, null);
        }

        switch (kind)
        {
            case PictogramKind.Clock:
                canvas.DrawPath(new VectorPath().AddCircle(X(12), Y(12), 10 * u), null, line);
                canvas.DrawLine(X(12), Y(12), X(12), Y(5.5), line);
                canvas.DrawLine(X(12), Y(12), X(16.5), Y(14.5), line);
                Circle(12, 12, 1.2, filled: true);
                break;
            case PictogramKind.Group:
                Person(5.5, 5, 0.75);
                Person(18.5, 5, 0.75);
                Person(12, 3.5, 1);
                break;
            case PictogramKind.ChairCircle:
                canvas.DrawPath(new VectorPath().AddCircle(X(12), Y(12), 5 * u), null, thin);
                for (var i = 0; i < 7; i++)
                {
                    var angle = (Math.PI * 2 * i / 7) - (Math.PI / 2);
                    Circle(12 + (9.3 * Math.Cos(angle)), 12 + (9.3 * Math.Sin(angle)), 2.2, filled: i == 0);
                }

                break;
            case PictogramKind.Leader:
                Person(10, 7, 1);
                canvas.DrawLine(X(17.5), Y(14), X(21.5), Y(3.5), line);
                Circle(21.5, 3.5, 1.4, filled: true);
                break;
            case PictogramKind.Presenter:
                Person(8, 7, 1);
                var bubble = new VectorPath().AddRoundedRectangle(new Rect(X(13.5), Y(1.5), 9.5 * u, 7 * u), 2 * u);
                canvas.DrawPath(bubble, null, thin);
                canvas.DrawPath(new VectorPath().AddPolygon([new Point(X(15), Y(8.3)), new Point(X(17.5), Y(8.3)), new Point(X(14.2), Y(11))]), color, null);
                break;
            case PictogramKind.Observer:
                var eye = new VectorPath()
                    .MoveTo(X(1.5), Y(12))
                    .CurveTo(X(6), Y(4.5), X(18), Y(4.5), X(22.5), Y(12))
                    .CurveTo(X(18), Y(19.5), X(6), Y(19.5), X(1.5), Y(12))
                    .Close();
                canvas.DrawPath(eye, null, line);
                Circle(12, 12, 3.6, filled: true);
                break;
            default:
                Person(12, 3.5, 1.25);
                break;
        }
    }
}
