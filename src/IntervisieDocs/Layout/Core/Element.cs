namespace IntervisieDocs.Layout;

/// <summary>
/// A piece of a page. Every element answers two questions: how much of you fits in this space
/// (<see cref="Measure"/>), and draw that much here (<see cref="Draw"/>). Elements that can be
/// split across pages remember how far they got; <see cref="Reset"/> rewinds them for the next pass.
/// </summary>
internal abstract class Element
{
    /// <summary>Must not change state: the paging loop and parents may measure several times.</summary>
    public abstract SpacePlan Measure(Size available, LayoutContext context);

    /// <summary>
    /// Draws exactly what <see cref="Measure"/> promised, then advances. <paramref name="area"/> is the
    /// same space that was offered to <see cref="Measure"/> (not the measured size), so that decisions
    /// that depend on the space offered come out the same; an element that needs its own size measures.
    /// </summary>
    public abstract void Draw(Rect area, LayoutContext context);

    /// <summary>Rewinds paging state (recursively) so the element can be laid out again.</summary>
    public virtual void Reset()
    {
        foreach (var child in Children)
        {
            child.Reset();
        }
    }

    public virtual IEnumerable<Element> Children => [];

    /// <summary>True for headings: a column never lets this element end a page.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>A short human description, used in layout error messages.</summary>
    public virtual string Describe() => GetType().Name;

    /// <summary>
    /// What this element is in the structure tree of the tagged PDF (a paragraph, a heading, a table,
    /// an artifact …), or null when it only arranges: then what it draws belongs to the enclosing element.
    /// Atomic elements are tagged by <see cref="AtomicElement"/>; an element that draws in several parts
    /// calls <see cref="BeginStructure"/> and <see cref="EndStructure"/> around its drawing.
    /// </summary>
    public StructureTag? Tag { get; set; }

    /// <summary>Opens this element's structure element the first time it draws (no-op without a <see cref="Tag"/>).</summary>
    protected void BeginStructure(Rect area, LayoutContext context) => context.Structure.Open(this, Tag, area);

    /// <summary>Closes this element's structure element once everything is drawn; a part on a later page continues it.</summary>
    protected void EndStructure(Rect area, LayoutContext context)
    {
        if (Tag is not null && context.Structure.IsOpen(this) && Measure(area.Size, context).IsEmpty)
        {
            context.Structure.Close(this);
        }
    }
}

/// <summary>
/// An element drawn in one piece: it either fits whole or moves to the next page.
/// After drawing it is done and measures as empty, so a split parent does not draw it twice.
/// </summary>
internal abstract class AtomicElement : Element
{
    private bool _drawn;

    protected abstract Size Natural(double availableWidth, LayoutContext context);

    protected abstract void Paint(Rect area, LayoutContext context);

    public sealed override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (_drawn)
        {
            return SpacePlan.Empty();
        }

        var size = Natural(available.Width, context);
        if (size.Width > available.Width + Units.Epsilon)
        {
            return SpacePlan.Wrap($"{Describe()} is {Units.ToMm(size.Width):0.#} mm breed; er is maar {Units.ToMm(available.Width):0.#} mm");
        }

        return size.Height > available.Height + Units.Epsilon
            ? SpacePlan.Wrap($"{Describe()} is {Units.ToMm(size.Height):0.#} mm hoog; er is maar {Units.ToMm(available.Height):0.#} mm")
            : SpacePlan.Full(size.Width, size.Height);
    }

    public sealed override void Draw(Rect area, LayoutContext context)
    {
        if (_drawn)
        {
            return;
        }

        var paint = area with { Height = Natural(area.Width, context).Height };
        context.Structure.Open(this, Tag, paint);
        Paint(paint, context);
        context.Structure.Close(this);
        _drawn = true;
    }

    public override void Reset()
    {
        _drawn = false;
        base.Reset();
    }
}
