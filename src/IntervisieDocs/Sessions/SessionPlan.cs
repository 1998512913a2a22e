using IntervisieDocs.Model;

namespace IntervisieDocs.Sessions;

/// <summary>The computed side of a session: the draaiboek, the subgroups, and the warnings.</summary>
internal static class SessionPlan
{
    /// <summary>
    /// Every step with its clock times from <paramref name="start"/>. A run of steps that repeats per
    /// topic (snelle adviesrondes: 2–6) is written out once per topic.
    /// </summary>
    public static IReadOnlyList<ScheduleRow> Schedule(Method method, TimeOnly start, int topics)
    {
        var rows = new List<ScheduleRow>();
        var clock = start;
        var steps = method.Steps.ToList();
        for (var i = 0; i < steps.Count;)
        {
            if (!steps[i].RepeatsPerTopic)
            {
                Add(steps[i], null);
                i++;
                continue;
            }

            var block = steps.Skip(i).TakeWhile(s => s.RepeatsPerTopic).ToList();
            for (var topic = 1; topic <= Math.Max(1, topics); topic++)
            {
                foreach (var step in block)
                {
                    Add(step, topic);
                }
            }

            i += block.Count;
        }

        return rows;

        void Add(Step step, int? topic)
        {
            var end = clock.AddMinutes(step.Minutes ?? 0);
            rows.Add(new ScheduleRow(step.Number, step.Title, step.Minutes, clock, end, step.Optional, topic));
            clock = end;
        }
    }

    public static int TotalMinutes(IReadOnlyList<ScheduleRow> rows) => rows.Sum(r => r.Minutes ?? 0);

    /// <summary>
    /// How to divide <paramref name="participants"/> over parallel subgroups of at most
    /// <paramref name="max"/>: as few groups as possible, sizes as even as possible (12, max 7 → 6 and 6).
    /// </summary>
    public static IReadOnlyList<int> SubgroupSizes(int participants, int max)
    {
        if (participants <= max || max < 1)
        {
            return [participants];
        }

        var groups = (participants + max - 1) / max;
        return [.. Enumerable.Range(0, groups).Select(g => participants / groups + (g < participants % groups ? 1 : 0))];
    }

    /// <summary>
    /// The subgroups of a session, names divided round-robin. Each group keeps the session's
    /// gespreksleider or inbrenger when that person is in it; otherwise its first members take the roles.
    /// </summary>
    public static IReadOnlyList<Subgroup> Subgroups(Session session)
    {
        var sizes = SubgroupSizes(session.ParticipantCount, session.Method.GroupSize.Max);
        if (session.Participants.Count == 0)
        {
            return [.. sizes.Select((size, i) => new Subgroup(i + 1, size, [], null, null))];
        }

        return [.. sizes.Select((size, g) =>
        {
            var members = session.Participants.Where((_, i) => i % sizes.Count == g).ToList();
            var leader = members.Contains(session.Leader) ? session.Leader : members.FirstOrDefault(m => m != session.Presenter);
            var presenter = session.Presenter is { } p && members.Contains(p) ? p : members.FirstOrDefault(m => m != leader);
            return new Subgroup(g + 1, members.Count, members, leader, presenter);
        })];
    }

    /// <summary>The hint to the command line's option at the end of a proposal to split the group; not on paper.</summary>
    public const string SplitsHint = " (gebruik --splits)";

    /// <summary>The Dutch warnings about a session: group size, subgroups to propose, running past the end time.</summary>
    public static IReadOnlyList<string> Warnings(Session session, bool splits)
    {
        var warnings = new List<string>();
        var size = session.Method.GroupSize;
        var count = session.ParticipantCount;
        if (count < size.Min)
        {
            warnings.Add($"{count} deelnemers is minder dan de {size.Min} die {session.Method.Title} vraagt ({size.Min}–{size.Max})");
        }
        else if (count > size.Max)
        {
            var sizes = SubgroupSizes(count, size.Max);
            var proposal = $"{count} deelnemers is meer dan de {size.Max} die {session.Method.Title} aankan ({size.Min}–{size.Max}); " +
                $"voorstel: {sizes.Count} parallelle subgroepen van {Sizes(sizes)}, elk met een eigen inbrenger en gespreksleider";
            warnings.Add(splits ? proposal.Replace("voorstel:", "toegepast:", StringComparison.Ordinal) : proposal + SplitsHint);
            if (sizes.Min() < size.Min)
            {
                warnings.Add($"een subgroep van {sizes.Min()} is kleiner dan de {size.Min} die {session.Method.Title} vraagt");
            }
        }

        var rows = Schedule(session.Method, session.Start, session.Topics);
        var total = TotalMinutes(rows);
        if (session.End is { } end && session.Start.AddMinutes(total) is var finish && (finish > end || total >= 24 * 60 || finish < session.Start))
        {
            // A step repeated per topic counts once, with the time of all its rounds.
            var longest = rows.Where(r => r.Minutes is not null).GroupBy(r => r.Number)
                .Select(g => (Row: g.First(), Rounds: g.Count(), Total: g.Sum(r => r.Minutes ?? 0)))
                .OrderByDescending(x => x.Total).ThenBy(x => x.Row.Start).Take(3)
                .Select(x => $"stap {x.Row.Number} {x.Row.Title} ({(x.Rounds > 1 ? $"{x.Rounds} × " : "")}{x.Row.Minutes} min)");
            warnings.Add($"het draaiboek ({total} min) loopt tot {finish:HH:mm}, na de eindtijd {end:HH:mm}; de langste stappen: {string.Join(", ", longest)}");
        }

        return warnings;
    }

    /// <summary>"6 en 6", "5, 5 en 4".</summary>
    public static string Sizes(IReadOnlyList<int> sizes) =>
        sizes.Count == 1 ? $"{sizes[0]}" : string.Join(", ", sizes.Take(sizes.Count - 1)) + $" en {sizes[^1]}";
}
