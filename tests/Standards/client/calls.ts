// A frontend's and a partner's first calls, written against the client openapi-typescript
// generates from the live document. It only has to compile under `tsc --strict`: if the document
// left a member optional that the API always sends, or named a parameter wrongly, this fails.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Problem = components["schemas"]["ProblemDetails"] | components["schemas"]["HttpValidationProblemDetails"];

export function manabi(baseUrl: string, apiKey?: string) {
  return createClient<paths>({ baseUrl, headers: apiKey ? { "X-Api-Key": apiKey } : {} });
}

/** The public catalog's search box: the first hit's title, provider and next date. */
export async function firstHit(baseUrl: string, q: string): Promise<string | undefined> {
  const { data, error } = await manabi(baseUrl).GET("/api/v1/catalog/opportunities", {
    params: { query: { q, audience: "Seniors", limit: 10 } },
  });
  if (error) {
    throw new Error(describe(error));
  }
  const first = data.items[0];
  const next: string | null = data.next;
  return first ? `${first.title}（${first.providerName}）${first.nextSession?.startsAt ?? ""} ${next ?? ""}` : undefined;
}

/** A partner's nightly push of one course, safe to retry. */
export async function push(baseUrl: string, apiKey: string, providerId: string, externalId: string, retryKey: string): Promise<string> {
  const { data, error } = await manabi(baseUrl, apiKey).PUT("/api/v1/catalog/providers/{providerId}/opportunities/{externalId}", {
    params: { path: { providerId, externalId }, header: { "Idempotency-Key": retryKey } },
    body: {
      kind: "Course",
      title: "千歳の歴史を学ぶ",
      titleKana: "ちとせのれきしをまなぶ",
      fields: ["local-culture.history"],
      stampRallyEligible: true,
      creditsPerSession: 1,
      status: "Published",
      sessions: [{ externalId: "s1", startsAt: "2027-01-10T10:00:00+09:00", endsAt: "2027-01-10T12:00:00+09:00", onlineUrl: "https://meet.example.jp/1" }],
    },
  });
  if (error) {
    return describe(error);
  }
  const status: "Created" | "Updated" | "Unchanged" | "Rejected" = data.status;
  return `${status} ${data.id ?? ""} ${data.eTag ?? ""}`;
}

/** The door: a stamp from a scanned card. */
export async function stamp(baseUrl: string, apiKey: string, cardPayload: string, sessionId: string): Promise<string> {
  const { data, error } = await manabi(baseUrl, apiKey).POST("/api/v1/passbook/stamps", { body: { cardPayload, sessionId } });
  if (error) {
    return describe(error);
  }
  const credits: number = data.credits;
  const recordedAt: string = data.recordedAt;
  return `${data.created ? "押しました" : "押してあります"} ${credits} ${recordedAt}`;
}

/** What a frontend shows for any problem, and what it quotes to the help desk. */
export function describe(problem: Problem): string {
  const fields = "errors" in problem && problem.errors ? Object.keys(problem.errors).join(", ") : "";
  return `${problem.title}: ${problem.detail ?? ""} ${fields} (status ${problem.status}, traceId ${problem.traceId})`;
}
