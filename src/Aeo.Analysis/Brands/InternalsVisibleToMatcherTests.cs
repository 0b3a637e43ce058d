using System.Runtime.CompilerServices;

// The matcher, folding and word-boundary types are internal; their tests and the detection benchmark exercise them directly.
[assembly: InternalsVisibleTo("Aeo.Analysis.Tests")]
[assembly: InternalsVisibleTo("Aeo.Bench.Detection")]
