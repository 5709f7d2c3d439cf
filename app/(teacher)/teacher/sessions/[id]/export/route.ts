import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { viewerTimeZone } from "@/lib/format/viewer-zone";
import { sessionReportPdf } from "@/lib/export/report-pdf";
import { eventsToCsv, exportSession, gradebookCsv } from "@/lib/export/session-export";
import { roleNames } from "@/lib/domain/names";

const FORMATS = ["csv", "gradebook", "json", "pdf"] as const;
type Format = (typeof FORMATS)[number];

/** The session for its own teacher: the transcript as CSV, a gradebook CSV, everything as JSON, or a printable PDF report. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacherId = (await getServerSession(authOptions))?.user?.id;
  if (!teacherId) return Response.json({ error: "Sign in as a teacher first." }, { status: 401 });
  const format = (new URL(request.url).searchParams.get("format") ?? "csv") as Format;
  if (!FORMATS.includes(format))
    return Response.json({ error: 'format must be "csv", "gradebook", "json" or "pdf".' }, { status: 422 });
  const { id } = await params;
  const sessionId = /^[0-9a-f-]{36}$/.test(id) ? id : "00000000-0000-0000-0000-000000000000";
  const zone = await viewerTimeZone();
  const name = `summit-${sessionId.slice(0, 8)}`;
  const file = (body: BodyInit, type: string, suffix: string) =>
    new Response(body, {
      headers: { "content-type": type, "content-disposition": `attachment; filename="${name}${suffix}"` },
    });
  try {
    if (format === "pdf")
      return file(Buffer.from(await sessionReportPdf(getDb(), teacherId, sessionId, zone)), "application/pdf", ".pdf");
    const data = await exportSession(getDb(), teacherId, sessionId);
    if (format === "json") return file(JSON.stringify(data, null, 2), "application/json; charset=utf-8", ".json");
    if (format === "gradebook") return file(gradebookCsv(data), "text/csv; charset=utf-8", "-gradebook.csv");
    return file(
      eventsToCsv(data.events, new Map(data.tables.map((t) => [t.id, t.number])), roleNames(data.session.roles), zone),
      "text/csv; charset=utf-8",
      ".csv",
    );
  } catch (error) {
    if (error instanceof UserError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
