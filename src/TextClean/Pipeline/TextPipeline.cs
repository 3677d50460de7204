using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Pipeline;

/// <summary>
/// A built, frozen cleaning pipeline: character passes (HTML, unicode, line-break hyphens, whitespace) and then one token
/// pass where each token is decided by the normalizer that owns its kind. Thread-safe; build it once and share it.
/// Create one with <see cref="TextPipelineBuilder"/>, <see cref="FromPreset"/> or <see cref="Create"/>.
/// </summary>
public sealed class TextPipeline
{
    // A rewrite can change how its neighbours read ("2nd@bob" masked is "<ORDINAL>@bob", where "@bob" is a mention; "SecurityFocus.com"
    // lower-cased is a host name), and one pass can make work for an earlier one (a decoded entity completes mojibake).
    // Clean repeats until nothing changes, which makes it idempotent; the token pass only repeats when a rewrite touched a
    // neighbouring token. Real text settles in one round; crafted text in two or three.
    private const int MaxRounds = 4;

    private readonly Normalizer[] _textPasses;
    private readonly TokenPass _tokenPass;

    private TextPipeline(PipelineConfig config, Normalizer[] normalizers)
    {
        Config = config;
        Normalizers = normalizers;
        _textPasses = [.. normalizers.Where(n => n.RewritesText)];
        _tokenPass = new TokenPass(Tokenizer.Default, normalizers);
    }

    /// <summary>The resolved config: every normalizer in the order it runs, with every setting. Feeding it back to
    /// <see cref="Create"/> gives the same pipeline.</summary>
    public PipelineConfig Config { get; }

    /// <summary>The normalizers, in the order they run.</summary>
    public IReadOnlyList<Normalizer> Normalizers { get; }

    /// <summary>Builds a pipeline from <paramref name="config"/>.</summary>
    /// <exception cref="ConfigException">The config has errors (all are listed).</exception>
    public static TextPipeline Create(PipelineConfig config, NormalizerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        registry ??= NormalizerRegistry.Default;
        var resolved = config.Resolve(registry);
        var normalizers = resolved.Normalizers.Select(n => registry.TryGet(n.Name, out var d) ? d.Create(n) : throw new InvalidOperationException(n.Name));
        return new TextPipeline(resolved, [.. normalizers]);
    }

    /// <summary>Builds the pipeline of a named preset (<see cref="Presets.Names"/>).</summary>
    /// <exception cref="ConfigException">No preset has that name.</exception>
    public static TextPipeline FromPreset(string name) => Create(Presets.Get(name));

    /// <summary>Cleans <paramref name="text"/>. Returns the same instance when nothing changes; otherwise allocates only the result.</summary>
    public string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, null);
    }

    /// <summary>Cleans <paramref name="text"/> and keeps the alignment between the result and the original, so any span of the
    /// result (a token, a match) maps back to the span of the original it came from.</summary>
    public CleanResult CleanWithOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<Step>();
        Run(text, steps);
        List<TextEdit> total = [];
        string current = text;
        foreach (var (_, _, output, changes) in steps)
        {
            total = TextEdit.Compose(total, changes, current);
            current = output;
        }

        return new CleanResult(text, current, total);
    }

    /// <summary>
    /// Cleans <paramref name="text"/> and tells, normalizer by normalizer, what it changed and why; print the result
    /// (<see cref="Explanation.ToString"/>) to see every decision.
    /// </summary>
    public Explanation Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var recorded = new List<Step>();
        Run(text, recorded);
        var steps = MergeTokenRounds(recorded);
        var explained = new List<ExplainedStep>();

        // Normalizers whose policies do nothing here (keep) still show, in run order, so every decision is on the page.
        var idle = new Queue<Normalizer>(Normalizers.Where(n => !n.RewritesText && !HasTokenRole(n)));
        string current = text;
        void Add(Normalizer normalizer, string input, string output, List<TextEdit> changes)
        {
            int position = IndexOf(normalizer);
            while (idle.Count > 0 && IndexOf(idle.Peek()) < position)
            {
                explained.Add(new ExplainedStep(idle.Dequeue().Config, input, input, []));
            }

            explained.Add(new ExplainedStep(normalizer.Config, input, output, changes));
            current = output;
        }

        foreach (var (normalizer, input, output, changes) in steps)
        {
            if (normalizer is not null)
            {
                Add(normalizer, input, output, changes);
                continue;
            }

            // The token pass changes everything at once; show each normalizer's share on its own.
            foreach (var tokenNormalizer in Normalizers.Where(HasTokenRole))
            {
                var mine = changes.Where(c => c.Reason.Split('+').Contains(tokenNormalizer.Name)).ToList();
                Add(tokenNormalizer, input, mine.Count == 0 ? input : TextEdit.Apply(input, mine), mine);
            }
        }

        while (idle.Count > 0)
        {
            explained.Add(new ExplainedStep(idle.Dequeue().Config, current, current, []));
        }

        return new Explanation(text, steps.Count == 0 ? text : steps[^1].Output, explained);
    }

    private int IndexOf(Normalizer normalizer)
    {
        for (int i = 0; i < Normalizers.Count; i++)
        {
            if (ReferenceEquals(Normalizers[i], normalizer))
            {
                return i;
            }
        }

        return -1;
    }

    // The token pass may run more than one round; a learner sees one token pass with every change.
    private static List<Step> MergeTokenRounds(List<Step> steps)
    {
        var merged = new List<Step>();
        foreach (var step in steps)
        {
            if (step.Normalizer is null && merged.Count > 0 && merged[^1].Normalizer is null)
            {
                var (_, input, middle, changes) = merged[^1];
                merged[^1] = new Step(null, input, step.Output, TextEdit.Compose(changes, step.Changes, middle));
            }
            else
            {
                merged.Add(step);
            }
        }

        return merged;
    }

    private static bool HasTokenRole(Normalizer normalizer) =>
        Enum.GetValues<TokenKind>().Any(k => normalizer.Decides(k) || normalizer.Transforms(k));

    // Runs the pipeline; with `steps`, records every pass with its own edits (a token pass round has a null normalizer).
    // The whole pipeline repeats on its own output until nothing changes (see MaxRounds); on real text the repeat finds
    // nothing and costs one cheap scan per character pass.
    private string Run(string text, List<Step>? steps)
    {
        string current = text;
        for (int round = 0; round < MaxRounds; round++)
        {
            bool changed = false;
            foreach (var pass in _textPasses)
            {
                var edits = steps is null ? null : new List<TextEdit>();
                string next = pass.RewriteText(current, edits);
                if (!ReferenceEquals(next, current) || (round == 0 && steps is not null))
                {
                    steps?.Add(new Step(pass, current, next, edits!));
                }

                changed |= !ReferenceEquals(next, current);
                current = next;
            }

            if (round > 0 && !changed)
            {
                break;
            }

            // The token pass repeats while its rewrites touched neighbouring tokens.
            for (int tokenRound = 0; _tokenPass.IsActive && tokenRound < MaxRounds; tokenRound++)
            {
                var edits = steps is null ? null : new List<TextEdit>();
                string next = _tokenPass.Run(current, edits, out bool settled);
                if (tokenRound == 0 || !ReferenceEquals(next, current))
                {
                    steps?.Add(new Step(null, current, next, edits!));
                }

                bool same = ReferenceEquals(next, current);
                current = next;
                if (same || settled)
                {
                    break;
                }
            }
        }

        return current;
    }

    private readonly record struct Step(Normalizer? Normalizer, string Input, string Output, List<TextEdit> Changes);
}
