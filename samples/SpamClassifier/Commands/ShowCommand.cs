using System.CommandLine;

namespace SpamClassifier.Commands;

/// <summary><c>show ID...</c>: how messages decode, to check <see cref="MailText"/> by eye.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ID") { Description = "message ids, e.g. spam-2/00174", Arity = ArgumentArity.OneOrMore };
        var corpus = CommonOptions.CreateCorpus();
        var command = new Command("show", "Print the subject, body source, charset and decoded text of the given messages.")
        {
            ids,
            corpus,
        };
        command.SetAction(parse =>
        {
            var corpusPath = CommonOptions.ResolveCorpus(parse.GetValue(corpus));
            if (corpusPath is null)
            {
                return ExitCodes.Failure;
            }

            var wanted = new HashSet<string>(parse.GetValue(ids) ?? [], StringComparer.Ordinal);
            foreach (var message in Corpus.Read(corpusPath).Where(m => wanted.Contains(m.Id)))
            {
                var result = message.Decode();
                Console.WriteLine($"=== {message.Id} ({message.Label}) source={result.Source} charset={result.Charset ?? "-"}");
                Console.WriteLine(result.Text);
                wanted.Remove(message.Id);
            }

            foreach (var id in wanted)
            {
                Console.Error.WriteLine($"SpamClassifier: no message '{id}'");
            }

            return wanted.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
