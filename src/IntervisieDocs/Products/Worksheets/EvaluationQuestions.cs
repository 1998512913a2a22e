using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products.Worksheets;

/// <summary>
/// What the evaluation form asks. With a method that has an evaluation step: that step's questions
/// (its question banks, or else the list in its description) and its text. Otherwise the questions of
/// the evaluation steps of all methods, each once.
/// </summary>
internal static class EvaluationQuestions
{
    /// <summary>Words in the titles of evaluation steps ("Evaluatie", "Procesevaluatie", "Korte evaluatie.", "Reflectie op de intervisie").</summary>
    private static readonly string[] StepTitleWords = ["evaluatie", "reflectie op de intervisie"];

    /// <summary>The method's evaluation step: the last step whose title says so.</summary>
    public static Step? StepOf(Method method) =>
        method.Steps.LastOrDefault(s => StepTitleWords.Any(w => s.Title.Contains(w, StringComparison.OrdinalIgnoreCase)));

    public static TemplateObject Model(Method? method, DataSet data)
    {
        var step = method is null ? null : StepOf(method);
        if (method is not null && step is not null)
        {
            var (questions, source) = QuestionsOf(method, step, data);
            var banks = Banks(step, data).ToList();
            var paragraphs = (banks.Count > 0
                ? banks.Select(b => b.Introduction).OfType<string>()
                : MarkdownText.Paragraphs(step.Description)).Select(p => MarkdownText.Safe(p)!).ToList();
            // The paragraphs' notes: from the step's description, or the banks' introductions.
            var notes = banks.Count > 0
                ? string.Concat(banks.Select(b => SourceNotes.Markdown(b.Marks.For("inleiding"))))
                : SourceNotes.Markdown(step.Marks.For("beschrijving"));
            return Model(TemplateModel.Step(step, method, data), paragraphs, notes.Trim(), questions, [source]);
        }

        var all = new List<string>();
        var sources = new List<string>();
        foreach (var m in data.Methods)
        {
            if (StepOf(m) is not { } s)
            {
                continue;
            }

            var (questions, source) = QuestionsOf(m, s, data);
            var fresh = questions.Where(q => !all.Contains(q, StringComparer.Ordinal)).ToList();
            if (fresh.Count > 0 && !sources.Contains(source, StringComparer.Ordinal))
            {
                sources.Add(source);
            }

            all.AddRange(fresh);
        }

        return Model(null, [], "", all, sources);
    }

    private static (List<string> Questions, string Source) QuestionsOf(Method method, Step step, DataSet data)
    {
        var banks = Banks(step, data).ToList();
        return banks.Count > 0
            ? ([.. banks.SelectMany(b => b.Questions.Concat(b.Groups.SelectMany(g => g.Questions)))], banks[0].Source)
            : ([.. MarkdownText.ListItems(step.Description)], method.Source);
    }

    private static IEnumerable<QuestionBank> Banks(Step step, DataSet data) =>
        step.QuestionBankIds.Select(data.FindQuestionBank).OfType<QuestionBank>();

    private static TemplateObject Model(TemplateObject? step, List<string> paragraphs, string notes, List<string> questions, List<string> sources) => new("evaluatie",
    [
        new("stap", step),
        new("alineas", paragraphs),
        new("alineas_herkomst", notes),
        new("vragen", questions),
        new("bronnen", sources),
    ]);
}
