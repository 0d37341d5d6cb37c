using System.Buffers;
using System.Numerics;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>One page of a plan search: the plans on it, how many match in all, and whether more follow.</summary>
public sealed record PlanPage(IReadOnlyList<PlanEntry> Plans, int Total, bool HasMore);

/// <summary>
/// The plan search, built once per catalog snapshot so a search never scans the plans or allocates per plan. A plan
/// matches when every word of the query begins a word of its insurer's name, its own name or its code (ignoring
/// case: "acme gol" finds Acme PPO Gold), and, when a state is given, it is sold there. Plans are kept in the order
/// of their codes, so a page continues after the last code it showed whatever changed in between.
/// </summary>
/// <remarks>
/// The words of every plan are kept once each, sorted: the words a query word begins are then one contiguous range,
/// found by binary search, and so are the plans listed under them. A search walks the plans of its rarest word only
/// and checks the other words against each plan's own word numbers.
/// A change does not build the index again (half a second at 100,000 plans): <see cref="With"/> hides the plans it
/// removes from this index and puts the plans it adds into a small index of their own, and a search reads both,
/// merged in code order. When the small one grows past <see cref="OverlayLimit"/> the whole index is built again.
/// </remarks>
public sealed class PlanIndex
{
    private readonly PlanEntry[] _plans;
    private readonly ulong[] _stateMasks;
    private readonly int[] _plansInState;
    private readonly string[] _words;
    private readonly int[] _wordPlanStart;
    private readonly int[] _wordPlans;
    private readonly int[] _planWordStart;
    private readonly int[] _planWords;

    // Changes since this index was built: the positions of plans taken out (one bit each, null when none) and the
    // plans put in since, indexed on their own (null when none).
    private readonly ulong[]? _hidden;
    private readonly int _hiddenCount;
    private readonly PlanIndex? _overlay;

    private static readonly Dictionary<string, int> StateBits =
        UsStates.All.Select((s, i) => (s.Code, i)).ToDictionary(s => s.Code, s => s.i, StringComparer.OrdinalIgnoreCase);

    public PlanIndex(IEnumerable<PlanEntry> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        _plans = [.. plans.OrderBy(p => p.Code, StringComparer.OrdinalIgnoreCase)];
        _stateMasks = new ulong[_plans.Length];
        _plansInState = new int[UsStates.All.Count];
        var plansOfWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var plan = 0; plan < _plans.Length; plan++)
        {
            foreach (var state in _plans[plan].States)
            {
                if (StateBits.TryGetValue(state, out var bit) && (_stateMasks[plan] & (1UL << bit)) == 0)
                {
                    _stateMasks[plan] |= 1UL << bit;
                    _plansInState[bit]++;
                }
            }

            AddWords(plansOfWord, plan, _plans[plan].Insurer);
            AddWords(plansOfWord, plan, _plans[plan].Name);
            AddWords(plansOfWord, plan, _plans[plan].Code);
        }

        _words = [.. plansOfWord.Keys];
        Array.Sort(_words, StringComparer.Ordinal);
        _wordPlanStart = new int[_words.Length + 1];
        var planWordCounts = new int[_plans.Length + 1];
        for (var word = 0; word < _words.Length; word++)
        {
            var listed = plansOfWord[_words[word]];
            _wordPlanStart[word + 1] = _wordPlanStart[word] + listed.Count;
            foreach (var plan in listed)
            {
                planWordCounts[plan + 1]++;
            }
        }

        _wordPlans = new int[_wordPlanStart[^1]];
        _planWordStart = new int[_plans.Length + 1];
        for (var plan = 0; plan < _plans.Length; plan++)
        {
            _planWordStart[plan + 1] = _planWordStart[plan] + planWordCounts[plan + 1];
        }

        _planWords = new int[_wordPlans.Length];
        var filled = new int[_plans.Length];
        for (var word = 0; word < _words.Length; word++)
        {
            var listed = plansOfWord[_words[word]];
            listed.CopyTo(_wordPlans, _wordPlanStart[word]);
            foreach (var plan in listed)
            {
                _planWords[_planWordStart[plan] + filled[plan]++] = word;
            }
        }
    }

    /// <summary>This index's words and plans, with the changes given laid over them.</summary>
    private PlanIndex(PlanIndex under, ulong[] hidden, int hiddenCount, PlanIndex? overlay)
    {
        _plans = under._plans;
        _stateMasks = under._stateMasks;
        _plansInState = under._plansInState;
        _words = under._words;
        _wordPlanStart = under._wordPlanStart;
        _wordPlans = under._wordPlans;
        _planWordStart = under._planWordStart;
        _planWords = under._planWords;
        _hidden = hidden;
        _hiddenCount = hiddenCount;
        _overlay = overlay;
    }

    public static PlanIndex Empty { get; } = new([]);

    public int Count => _plans.Length - _hiddenCount + (_overlay?.Count ?? 0);

    /// <summary>How many plans a change may lay over an index before the whole index is built again.</summary>
    private int OverlayLimit => Math.Max(1_024, _plans.Length / 32);

    /// <summary>
    /// This index with the plans <paramref name="removed"/> (plans of this index) taken out and
    /// <paramref name="added"/> put in: it answers every search as an index built whole from the same plans would.
    /// </summary>
    public PlanIndex With(IReadOnlyCollection<PlanEntry> removed, IReadOnlyCollection<PlanEntry> added)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        var hidden = _hidden is null ? new ulong[(_plans.Length + 63) / 64] : (ulong[])_hidden.Clone();
        var hiddenCount = _hiddenCount;
        var laid = new HashSet<PlanEntry>(_overlay?._plans ?? [], ReferenceEqualityComparer.Instance);
        foreach (var plan in removed)
        {
            if (laid.Remove(plan))
            {
                continue;
            }

            var at = PositionOf(plan);
            if (at < 0 || (hidden[at >> 6] & (1UL << (at & 63))) != 0)
            {
                throw new ArgumentException($"Plan '{plan.Code}' is not a plan of this index.", nameof(removed));
            }

            hidden[at >> 6] |= 1UL << (at & 63);
            hiddenCount++;
        }

        laid.UnionWith(added);
        if (laid.Count > OverlayLimit)
        {
            var kept = Enumerable.Range(0, _plans.Length).Where(i => (hidden[i >> 6] & (1UL << (i & 63))) == 0);
            return new PlanIndex(kept.Select(i => _plans[i]).Concat(laid));
        }

        return new PlanIndex(this, hidden, hiddenCount, laid.Count == 0 ? null : new PlanIndex(laid));
    }

    /// <summary>
    /// Up to <paramref name="limit"/> plans matching <paramref name="query"/> (every plan when it has no words) and
    /// sold in <paramref name="stateCode"/> when one is given, in code order, starting after the code
    /// <paramref name="afterCode"/> when one is given.
    /// </summary>
    public PlanPage Search(string? query, string? stateCode, string? afterCode, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var stateMask = 0UL;
        if (!string.IsNullOrWhiteSpace(stateCode))
        {
            if (!StateBits.TryGetValue(stateCode.Trim(), out var bit))
            {
                return new([], 0, false);
            }

            stateMask = 1UL << bit;
        }

        return Find((query ?? "").ToLowerInvariant(), stateMask, afterCode, limit);
    }

    /// <summary><see cref="Search"/> with the query lower-cased and the state as its bit (0 for any state).</summary>
    private PlanPage Find(string normalized, ulong stateMask, string? afterCode, int limit)
    {
        if (_hidden is not null)
        {
            return Layered(normalized, stateMask, afterCode, limit);
        }

        var start = afterCode is null ? 0 : FirstAfter(afterCode);
        var ranges = RangesOf(normalized);
        return ranges.Count == 0 ? Listing(stateMask, start, limit) : Matching(ranges, stateMask, start, limit);
    }

    /// <summary>
    /// A search of an index with changes laid over it: the plans of this index that match, but those taken out, merged
    /// in code order with the plans put in since that match.
    /// </summary>
    private PlanPage Layered(string normalized, ulong stateMask, string? afterCode, int limit)
    {
        var overlay = _overlay?.Find(normalized, stateMask, afterCode, int.MaxValue);
        IReadOnlyList<PlanEntry> laid = overlay?.Plans ?? [];
        var total = overlay?.Total ?? 0;
        var bitCount = (_plans.Length + 63) / 64;
        var bits = ArrayPool<ulong>.Shared.Rent(bitCount);
        try
        {
            var span = bits.AsSpan(0, bitCount);
            span.Clear();
            Mark(RangesOf(normalized), stateMask, span);
            for (var i = 0; i < span.Length; i++)
            {
                span[i] &= ~_hidden![i];
                total += BitOperations.PopCount(span[i]);
            }

            // The plans put in since that match after the cursor are in laid, in code order; the plans of this index
            // are read from the cursor on, one set bit at a time.
            var page = new List<PlanEntry>(Math.Min(limit, total));
            var next = NextSet(span, afterCode is null ? 0 : FirstAfter(afterCode));
            var fresh = 0;
            while (next >= 0 || fresh < laid.Count)
            {
                if (page.Count == limit)
                {
                    return new(page, total, true);
                }

                if (fresh == laid.Count
                    || (next >= 0 && string.Compare(_plans[next].Code, laid[fresh].Code, StringComparison.OrdinalIgnoreCase) < 0))
                {
                    page.Add(_plans[next]);
                    next = NextSet(span, next + 1);
                }
                else
                {
                    page.Add(laid[fresh++]);
                }
            }

            return new(page, total, false);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    /// <summary>Every plan, or every plan of one state: no word to look up.</summary>
    private PlanPage Listing(ulong stateMask, int start, int limit)
    {
        var total = stateMask == 0 ? _plans.Length : _plansInState[BitOperations.TrailingZeroCount(stateMask)];
        var page = new List<PlanEntry>(Math.Min(limit, total));
        for (var plan = start; plan < _plans.Length; plan++)
        {
            if (stateMask != 0 && (_stateMasks[plan] & stateMask) == 0)
            {
                continue;
            }

            if (page.Count == limit)
            {
                return new(page, total, true);
            }

            page.Add(_plans[plan]);
        }

        return new(page, total, false);
    }

    private PlanPage Matching(List<(int From, int To)> ranges, ulong stateMask, int start, int limit)
    {
        // A bit per plan: a plan listed under several words of the range counts once, and the bits read in code order.
        var bitCount = (_plans.Length + 63) / 64;
        var bits = ArrayPool<ulong>.Shared.Rent(bitCount);
        try
        {
            var span = bits.AsSpan(0, bitCount);
            span.Clear();
            return Mark(ranges, stateMask, span) ? Read(span, start, limit) : new([], 0, false);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    /// <summary>
    /// Sets the bit of every plan of this index that has a word in each range and is sold in the state (every plan of
    /// the state when there are no ranges); false when a range is empty, so nothing matches.
    /// </summary>
    private bool Mark(List<(int From, int To)> ranges, ulong stateMask, Span<ulong> bits)
    {
        if (ranges.Count == 0)
        {
            for (var plan = 0; plan < _plans.Length; plan++)
            {
                if (stateMask == 0 || (_stateMasks[plan] & stateMask) != 0)
                {
                    bits[plan >> 6] |= 1UL << (plan & 63);
                }
            }

            return true;
        }

        var rarest = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ranges[i].From == ranges[i].To)
            {
                return false;
            }

            if (Listed(ranges[i]) < Listed(ranges[rarest]))
            {
                rarest = i;
            }
        }

        var (from, to) = ranges[rarest];
        for (var i = _wordPlanStart[from]; i < _wordPlanStart[to]; i++)
        {
            var plan = _wordPlans[i];
            if ((stateMask == 0 || (_stateMasks[plan] & stateMask) != 0) && HasAll(plan, ranges, rarest))
            {
                bits[plan >> 6] |= 1UL << (plan & 63);
            }
        }

        return true;
    }

    /// <summary>The position of the first set bit at or after <paramref name="from"/>, or -1.</summary>
    private static int NextSet(ReadOnlySpan<ulong> bits, int from)
    {
        for (var block = from >> 6; block < bits.Length; block++)
        {
            var word = bits[block];
            if (block == from >> 6)
            {
                word &= ulong.MaxValue << (from & 63);
            }

            if (word != 0)
            {
                return (block << 6) + BitOperations.TrailingZeroCount(word);
            }
        }

        return -1;
    }

    /// <summary>The sorted-word range of each word of the lower-cased query.</summary>
    private List<(int From, int To)> RangesOf(string normalized)
    {
        var ranges = new List<(int From, int To)>();
        foreach (var (wordStart, length) in Words(normalized))
        {
            ranges.Add(Range(normalized.AsSpan(wordStart, length)));
        }

        return ranges;
    }

    /// <summary>The position of this very entry in the index, or -1.</summary>
    private int PositionOf(PlanEntry plan)
    {
        var at = FirstAfter(plan.Code) - 1;
        return at >= 0 && ReferenceEquals(_plans[at], plan) ? at : -1;
    }

    private PlanPage Read(ReadOnlySpan<ulong> bits, int start, int limit)
    {
        var total = 0;
        foreach (var word in bits)
        {
            total += BitOperations.PopCount(word);
        }

        var page = new List<PlanEntry>(Math.Min(limit, total));
        for (var block = start >> 6; block < bits.Length; block++)
        {
            var word = bits[block];
            if (block == start >> 6)
            {
                word &= ulong.MaxValue << (start & 63);
            }

            while (word != 0)
            {
                if (page.Count == limit)
                {
                    return new(page, total, true);
                }

                page.Add(_plans[(block << 6) + BitOperations.TrailingZeroCount(word)]);
                word &= word - 1;
            }
        }

        return new(page, total, false);
    }

    private int Listed((int From, int To) range) => _wordPlanStart[range.To] - _wordPlanStart[range.From];

    /// <summary>Whether the plan has a word in every range but <paramref name="skip"/>, which it was found through.</summary>
    private bool HasAll(int plan, List<(int From, int To)> ranges, int skip)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            if (i == skip)
            {
                continue;
            }

            var found = false;
            for (var w = _planWordStart[plan]; w < _planWordStart[plan + 1] && !found; w++)
            {
                found = _planWords[w] >= ranges[i].From && _planWords[w] < ranges[i].To;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position of the first plan whose code sorts after <paramref name="code"/>.</summary>
    private int FirstAfter(string code)
    {
        int low = 0, high = _plans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.Compare(_plans[middle].Code, code, StringComparison.OrdinalIgnoreCase) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The range of sorted words that begin with <paramref name="prefix"/>.</summary>
    private (int From, int To) Range(ReadOnlySpan<char> prefix)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_words[middle].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var from = low;
        high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_words[middle].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return (from, low);
    }

    private static void AddWords(Dictionary<string, List<int>> plansOfWord, int plan, string text)
    {
        var normalized = text.ToLowerInvariant();
        foreach (var (start, length) in Words(normalized))
        {
            var word = normalized.Substring(start, length);
            if (!plansOfWord.TryGetValue(word, out var listed))
            {
                plansOfWord[word] = listed = [];
            }

            // Plans are added in order, so a word the plan already has is the list's last entry.
            if (listed.Count == 0 || listed[^1] != plan)
            {
                listed.Add(plan);
            }
        }
    }

    /// <summary>The words of lower-cased text: its runs of letters and digits, as start and length.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var end = 0;
        while (true)
        {
            var start = end;
            while (start < text.Length && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            if (start == text.Length)
            {
                yield break;
            }

            end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            yield return (start, end - start);
        }
    }
}
