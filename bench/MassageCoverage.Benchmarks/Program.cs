using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MassageCoverage.Testing;

// generate-catalog N FILE [VISITS]: the file ./build.sh bench-import times (N plans, two rule versions each).
if (args is ["generate-catalog", var count, var path, .. var rest])
{
    await using var file = File.Create(path);
    LargeCatalog.Write(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
        rest is [var visits] ? int.Parse(visits, System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

// In-process: the benchmarks run inside this already-built program, so no generated project has to restore.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(MassageCoverage.Benchmarks.EvaluateBenchmarks).Assembly).Run(args, config);
