namespace TextClean.ML;

/// <summary>Placeholder type so the assembly has a public type while its API is being written.</summary>
internal static class Marker
{
}
