namespace IntervisieDocs.Sessions;

/// <summary>One row of the draaiboek: a step (per topic when it repeats) with its clock times.</summary>
/// <param name="Minutes">Null when the source gives no time for the step; it then takes no time on the clock.</param>
/// <param name="Topic">Which topic's round (1, 2, …) for a step repeated per topic; null otherwise.</param>
internal sealed record ScheduleRow(int Number, string Title, int? Minutes, TimeOnly Start, TimeOnly End, bool Optional, int? Topic);
