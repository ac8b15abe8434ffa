using System.Text;

namespace InfraSharp.Generators.Helpers;

/// <summary>An indented text writer for generated C# (four spaces, <c>\n</c> line endings, no culture).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indentation;

    public void WriteLine() => builder.Append('\n');

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            builder.Append(' ', indentation * 4);
            builder.Append(line);
        }
        builder.Append('\n');
    }

    /// <summary>Writes <paramref name="line"/> then an opening brace, and indents what follows.</summary>
    public void OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        indentation++;
    }

    /// <summary>Closes the innermost block, with an optional suffix such as <c>;</c>.</summary>
    public void CloseBlock(string suffix = "")
    {
        indentation--;
        WriteLine("}" + suffix);
    }

    public override string ToString() => builder.ToString();
}
