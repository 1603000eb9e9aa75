namespace HireGuard.Sanctions;

/// <summary>One CSV record with the line it starts on.</summary>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="Line">The 1-based line the record starts on.</param>
internal readonly record struct CsvRecord(string[] Fields, long Line);
