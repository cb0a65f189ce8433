using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Data;

/// <summary>The default two-level field taxonomy for lifelong learning, seeded by migration.</summary>
internal static class FieldTaxonomy
{
    private static readonly (string Code, string Ja, string En, (string Code, string Ja, string En)[] Children)[] Tree =
    [
        ("local-culture", "郷土・歴史・文化", "Local history and culture",
            [("chitose-gaku", "千歳学", "Chitose studies"), ("history", "歴史", "History"), ("ainu-culture", "アイヌ文化", "Ainu culture"), ("traditional-culture", "伝統文化", "Traditional culture")]),
        ("arts", "芸術・趣味", "Arts and hobbies",
            [("music", "音楽", "Music"), ("fine-arts", "美術・工芸", "Fine arts and crafts"), ("calligraphy-literature", "書道・文学", "Calligraphy and literature"), ("cooking", "料理", "Cooking")]),
        ("sports-health", "スポーツ・健康", "Sports and health",
            [("sports", "スポーツ", "Sports"), ("health", "健康づくり", "Health"), ("nutrition", "食育・栄養", "Food and nutrition")]),
        ("nature-environment", "自然・環境", "Nature and environment",
            [("nature", "自然観察", "Nature watching"), ("environment", "環境保全", "Environmental conservation"), ("agriculture", "農業・園芸", "Farming and gardening")]),
        ("childcare-education", "子育て・教育", "Childcare and education",
            [("childcare", "子育て支援", "Childcare support"), ("family-education", "家庭教育", "Family education"), ("school-support", "学校支援", "School support"), ("youth-activities", "青少年の体験活動", "Youth activities")]),
        ("welfare", "福祉・ボランティア", "Welfare and volunteering",
            [("welfare", "福祉", "Welfare"), ("volunteering", "ボランティア", "Volunteering"), ("multicultural", "多文化共生", "Multicultural coexistence")]),
        ("disaster-prevention", "防災・安全", "Disaster prevention and safety",
            [("disaster", "防災", "Disaster prevention"), ("traffic-safety", "交通安全", "Traffic safety"), ("crime-prevention", "防犯", "Crime prevention")]),
        ("it", "情報・IT", "Information technology",
            [("digital-skills", "デジタル活用", "Digital skills"), ("programming", "プログラミング", "Programming")]),
        ("languages", "語学・国際交流", "Languages and international exchange",
            [("english", "英語", "English"), ("other-languages", "その他の言語", "Other languages"), ("international", "国際交流", "International exchange")]),
        ("town-development", "まちづくり", "Town development",
            [("community", "地域づくり", "Community building"), ("citizen-activity", "市民活動", "Citizen activity"), ("leadership", "人材育成・リーダー養成", "Leadership development")]),
        ("career-life", "仕事・暮らし", "Work and daily life",
            [("career", "仕事・資格", "Work and qualifications"), ("consumer-life", "消費生活・家計", "Consumer life and household finance"), ("law-government", "法律・行政", "Law and government")]),
        ("science", "科学・技術", "Science and technology",
            [("science", "科学", "Science"), ("aerospace", "航空・宇宙", "Aviation and space")]),
    ];

    public static IEnumerable<Field> All()
    {
        var order = 0;
        foreach (var (code, ja, en, children) in Tree)
        {
            yield return new Field(code, null, ja, en, order += 10);
            foreach (var child in children)
            {
                yield return new Field($"{code}.{child.Code}", code, child.Ja, child.En, order += 10);
            }
        }
    }
}
