using System.Net;
using System.Text;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Information.DraftDigest;

/// <summary>Renders an issue grouped by field, as HTML (escaped) and as plain text for the mail magazine.</summary>
internal static class DigestRenderer
{
    public static string Html(InformationIssue issue, IReadOnlyDictionary<string, string> fieldNames)
    {
        var html = new StringBuilder($"<h1>{WebUtility.HtmlEncode(issue.Title)}</h1>\n");
        foreach (var group in issue.Items.GroupBy(i => i.FieldCode ?? ""))
        {
            html.Append($"<h2>{WebUtility.HtmlEncode(fieldNames.GetValueOrDefault(group.Key, "お知らせ"))}</h2>\n<ul>\n");
            foreach (var item in group)
            {
                html.Append($"  <li><strong>{WebUtility.HtmlEncode(item.Heading)}</strong><br>{WebUtility.HtmlEncode(item.Body)}</li>\n");
            }
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    public static string Text(InformationIssue issue, IReadOnlyDictionary<string, string> fieldNames)
    {
        var text = new StringBuilder($"{issue.Title}\n\n");
        foreach (var group in issue.Items.GroupBy(i => i.FieldCode ?? ""))
        {
            text.Append($"■ {fieldNames.GetValueOrDefault(group.Key, "お知らせ")}\n");
            foreach (var item in group)
            {
                text.Append($"・{item.Heading}\n  {item.Body}\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
