using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Data.Demo;

/// <summary>The content of the demonstration catalog: places and themes of Chitose, clearly marked as demo data.</summary>
internal static class DemoCatalog
{
    public static readonly VenueDetails[] Venues =
    [
        new("千歳市民文化センター", "ちとせしみんぶんかせんたー", "北海道千歳市北栄2丁目2-1", "北部", 42.8317, 141.6523, "エレベーター・多目的トイレあり"),
        new("千歳市立図書館", "ちとせしりつとしょかん", "北海道千歳市真々地3丁目1-1", "中央", 42.8177, 141.6456, "車いす貸出あり"),
        new("千歳市総合福祉センター", "ちとせしそうごうふくしせんたー", "北海道千歳市東雲町2丁目34", "中央", 42.8213, 141.6579, "スロープ・駐車場あり"),
        new("市民活動交流センター ミナクール", "しみんかつどうこうりゅうせんたー みなくーる", "北海道千歳市千代田町4丁目18", "中央", 42.8225, 141.6508, "駅から徒歩5分"),
        new("千歳市防災学習交流センター そなえーる", "ちとせしぼうさいがくしゅうこうりゅうせんたー そなえーる", "北海道千歳市北栄1丁目4-1", "北部", 42.8349, 141.6479, null),
        new("千歳市埋蔵文化財センター", "ちとせしまいぞうぶんかざいせんたー", "北海道千歳市長都42-1", "南部", 42.7957, 141.6393, null),
        new("千歳市スポーツセンター", "ちとせしすぽーつせんたー", "北海道千歳市真町2175", "西部", 42.8093, 141.6333, "更衣室・駐車場あり"),
        new("支笏湖ビジターセンター", "しこつこびじたーせんたー", "北海道千歳市支笏湖温泉", "支笏湖", 42.7738, 141.4045, null),
        new("千歳市青少年会館", "ちとせしせいしょうねんかいかん", "北海道千歳市真々地1丁目1", "中央", 42.8166, 141.6433, null),
        new("東千歳コミュニティセンター", "ひがしちとせこみゅにてぃせんたー", "北海道千歳市東郊1丁目", "東部", 42.8234, 141.6868, null),
        new("向陽台コミュニティセンター", "こうようだいこみゅにてぃせんたー", "北海道千歳市北陽1丁目", "北部", 42.8628, 141.6590, null),
        new("公立千歳科学技術大学", "こうりつちとせかがくぎじゅつだいがく", "北海道千歳市美々758-65", "東部", 42.8316, 141.6957, null),
    ];

    /// <summary>Themes (title, kana, field, kind, instructor kind); the generator varies season and level.</summary>
    public static readonly (string Title, string Kana, string Field, OpportunityKind Kind, InstructorKind Instructor)[] Themes =
    [
        ("千歳の開拓史をたどる", "ちとせのかいたくしをたどる", "local-culture.chitose-gaku", OpportunityKind.Course, InstructorKind.Citizen),
        ("千歳川とサケのふるさと", "ちとせがわとさけのふるさと", "local-culture.chitose-gaku", OpportunityKind.Lecture, InstructorKind.Government),
        ("キウス周堤墓群と縄文のくらし", "きうすしゅうていぼぐんとじょうもんのくらし", "local-culture.history", OpportunityKind.Course, InstructorKind.Government),
        ("アイヌ文様刺しゅう入門", "あいぬもんようししゅうにゅうもん", "local-culture.ainu-culture", OpportunityKind.Course, InstructorKind.Citizen),
        ("空港のまち千歳のあゆみ", "くうこうのまちちとせのあゆみ", "science.aerospace", OpportunityKind.Lecture, InstructorKind.Business),
        ("支笏湖の自然観察会", "しこつこのしぜんかんさつかい", "nature-environment.nature", OpportunityKind.Event, InstructorKind.Citizen),
        ("ウトナイ湖の野鳥ウォッチング", "うとないこのやちょううぉっちんぐ", "nature-environment.nature", OpportunityKind.Event, InstructorKind.Citizen),
        ("家庭菜園と土づくり", "かていさいえんとつちづくり", "nature-environment.agriculture", OpportunityKind.Course, InstructorKind.Citizen),
        ("市民合唱の集い", "しみんがっしょうのつどい", "arts.music", OpportunityKind.Course, InstructorKind.Citizen),
        ("はじめての水彩画", "はじめてのすいさいが", "arts.fine-arts", OpportunityKind.Course, InstructorKind.Citizen),
        ("書道で年賀状", "しょどうでねんがじょう", "arts.calligraphy-literature", OpportunityKind.Lecture, InstructorKind.Citizen),
        ("地元食材で親子料理", "じもとしょくざいでおやこりょうり", "arts.cooking", OpportunityKind.Event, InstructorKind.Business),
        ("シニアのための健康体操", "しにあのためのけんこうたいそう", "sports-health.health", OpportunityKind.Course, InstructorKind.Government),
        ("ノルディックウォーキング教室", "のるでぃっくうぉーきんぐきょうしつ", "sports-health.sports", OpportunityKind.Course, InstructorKind.Citizen),
        ("子どもの食育講座", "こどものしょくいくこうざ", "sports-health.nutrition", OpportunityKind.Lecture, InstructorKind.Government),
        ("子育て中の親のつどい", "こそだてちゅうのおやのつどい", "childcare-education.childcare", OpportunityKind.Event, InstructorKind.Citizen),
        ("家庭教育セミナー", "かていきょういくせみなー", "childcare-education.family-education", OpportunityKind.Lecture, InstructorKind.Government),
        ("放課後こども科学教室", "ほうかごこどもかがくきょうしつ", "childcare-education.youth-activities", OpportunityKind.Course, InstructorKind.Business),
        ("学校支援ボランティア養成講座", "がっこうしえんぼらんてぃあようせいこうざ", "childcare-education.school-support", OpportunityKind.Course, InstructorKind.Government),
        ("手話はじめの一歩", "しゅわはじめのいっぽ", "welfare.welfare", OpportunityKind.Course, InstructorKind.Citizen),
        ("ボランティア入門", "ぼらんてぃあにゅうもん", "welfare.volunteering", OpportunityKind.Lecture, InstructorKind.Citizen),
        ("やさしい日本語で国際交流", "やさしいにほんごでこくさいこうりゅう", "welfare.multicultural", OpportunityKind.Event, InstructorKind.Citizen),
        ("家族で学ぶ防災", "かぞくでまなぶぼうさい", "disaster-prevention.disaster", OpportunityKind.Event, InstructorKind.Government),
        ("冬の交通安全教室", "ふゆのこうつうあんぜんきょうしつ", "disaster-prevention.traffic-safety", OpportunityKind.Lecture, InstructorKind.Government),
        ("スマホ活用講座", "すまほかつようこうざ", "it.digital-skills", OpportunityKind.Course, InstructorKind.Business),
        ("親子プログラミング体験", "おやこぷろぐらみんぐたいけん", "it.programming", OpportunityKind.Event, InstructorKind.Business),
        ("英会話サロン", "えいかいわさろん", "languages.english", OpportunityKind.Course, InstructorKind.Citizen),
        ("韓国語入門", "かんこくごにゅうもん", "languages.other-languages", OpportunityKind.Course, InstructorKind.Citizen),
        ("まちづくりワークショップ", "まちづくりわーくしょっぷ", "town-development.community", OpportunityKind.Forum, InstructorKind.Government),
        ("ひと・まちづくりリーダー養成講座", "ひと・まちづくりりーだーようせいこうざ", "town-development.leadership", OpportunityKind.Course, InstructorKind.Government),
        ("市民活動団体の広報講座", "しみんかつどうだんたいのこうほうこうざ", "town-development.citizen-activity", OpportunityKind.Lecture, InstructorKind.Citizen),
        ("生涯学習フェスティバル", "しょうがいがくしゅうふぇすてぃばる", "town-development.citizen-activity", OpportunityKind.Festival, InstructorKind.Government),
        ("消費生活と契約トラブル", "しょうひせいかつとけいやくとらぶる", "career-life.consumer-life", OpportunityKind.Lecture, InstructorKind.Government),
        ("はじめての資産づくり", "はじめてのしさんづくり", "career-life.consumer-life", OpportunityKind.Lecture, InstructorKind.Business),
        ("宇宙と星空観察会", "うちゅうとほしぞらかんさつかい", "science.science", OpportunityKind.Event, InstructorKind.Business),
    ];

    public static readonly string[] Variants = ["", "（春）", "（夏）", "（秋）", "（冬）", "・入門編", "・実践編"];

    /// <summary>Who a demo theme is for, so the demo catalog has something for every audience.</summary>
    public static Audience[] AudiencesOf(string field, string title) => (field, title) switch
    {
        (_, var t) when t.Contains("親子") || t.Contains("家族") => [Audience.Families, Audience.Children],
        ("childcare-education.youth-activities" or "childcare-education.school-support", _) => [Audience.Children, Audience.Youth],
        ("childcare-education.childcare" or "childcare-education.family-education", _) => [Audience.Families, Audience.Adults],
        (_, var t) when t.Contains("子ども") => [Audience.Children, Audience.Families],
        (_, var t) when t.Contains("シニア") => [Audience.Seniors],
        ("sports-health.sports" or "science.aerospace", _) => [Audience.Youth, Audience.Adults, Audience.Seniors],
        _ => [Audience.Adults, Audience.Seniors],
    };
}
