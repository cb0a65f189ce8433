using Manabi.BuildingBlocks.Application;

namespace Manabi.BuildingBlocks.Http;

/// <summary>Titles of problem responses, per status code, in Japanese and English.</summary>
public static class ProblemTexts
{
    private static readonly Dictionary<int, Text> Titles = new()
    {
        [400] = new("リクエストの内容が正しくありません。", "The request is invalid."),
        [401] = new("認証が必要です。", "Authentication is required."),
        [403] = new("この操作を行う権限がありません。", "You are not allowed to do this."),
        [404] = new("見つかりません。", "Not found."),
        [405] = new("このメソッドは使用できません。", "Method not allowed."),
        [406] = new("指定された形式では応答できません。", "The requested media type is not available."),
        [409] = new("現在の状態と競合しています。", "The request conflicts with the current state."),
        [412] = new("前提条件が満たされていません。", "Precondition failed."),
        [413] = new("リクエストが大きすぎます。", "The request body is too large."),
        [415] = new("対応していないコンテンツ形式です。", "Unsupported media type."),
        [422] = new("処理できない内容です。", "The request cannot be processed."),
        [428] = new("前提条件の指定が必要です。", "A precondition is required."),
        [429] = new("リクエストが多すぎます。しばらくしてから再度お試しください。", "Too many requests. Try again later."),
        [500] = new("サーバーで問題が発生しました。", "An unexpected error occurred."),
        [503] = new("現在サービスを利用できません。しばらくしてから再度お試しください。", "The service is temporarily unavailable. Try again later."),
    };

    public static string Title(int status) =>
        Titles.TryGetValue(status, out var text) ? text.Current : Titles[status >= 500 ? 500 : 400].Current;

    public static readonly Text ValidationDetail = new("入力内容を確認してください。", "See errors for the fields to correct.");
    public static readonly Text MalformedBody = new("リクエスト本文を読み取れません（JSON の形式を確認してください）。", "The request body could not be read; check that it is valid JSON of the documented shape.");
    public static readonly Text MalformedField = new("この項目の値を読み取れません（型や選択肢を確認してください）。", "This value could not be read; check its type or allowed values.");
    public static readonly Text BadParameter = new("この値は使えません（型や選択肢を確認してください）。", "This value is not valid here; check its type or allowed values.");
    public static readonly Text UnknownMember = new("この項目はありません。項目名を確認してください。", "There is no such property; check its name.");
    public static readonly Text ConcurrentDuplicate = new("同じ内容の処理が同時に行われました。もう一度お試しください。", "The same change was being made at the same moment; retry to get its result.");
    public static readonly Text BodyTooLarge = new("リクエスト本文が上限を超えています。", "The request body exceeds the size limit.");
    public static readonly Text ConflictingWork = new("他の処理と競合したため、何も変更せずに中止しました。もう一度お試しください。", "This request collided with other work and was stopped without changing anything; retry it.");
    public static readonly Text DatabaseUnavailable = new("データベースに接続できません。しばらくしてから再度お試しください。", "The database is unreachable. Try again later.");
    public static readonly Text RateLimited = new("リクエストの上限に達しました。Retry-After の秒数だけ待ってから再度お試しください。", "Rate limit reached. Wait for the Retry-After seconds, then try again.");
}
