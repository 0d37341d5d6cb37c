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
    return 0;
}

// gc-pauses PID SECONDS [LIMIT_MS]: every GC pause of a running app for SECONDS; exit 1 if one is over LIMIT_MS (50).
if (args is ["gc-pauses", var pid, var seconds, .. var limit])
{
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    return await MassageCoverage.Benchmarks.GcPauses.RunAsync(int.Parse(pid, inv), TimeSpan.FromSeconds(double.Parse(seconds, inv)),
        limit is [var ms] ? double.Parse(ms, inv) : 50);
}

// In-process: the benchmarks run inside this already-built program, so no generated project has to restore.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(MassageCoverage.Benchmarks.EvaluateBenchmarks).Assembly).Run(args, config);
return 0;
