import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { sessionReportPdf } from "@/lib/export/report-pdf";
import { eventsToCsv, exportSession } from "@/lib/export/session-export";

/** The session's transcript as CSV (one row per event), JSON (everything) or a printable PDF report, for its own teacher. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const teacherId = (await getServerSession(authOptions))?.user?.id;
  if (!teacherId) return Response.json({ error: "Sign in as a teacher first." }, { status: 401 });
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json" && format !== "pdf") return Response.json({ error: 'format must be "csv", "json" or "pdf".' }, { status: 422 });
  const { id } = await params;
  const sessionId = /^[0-9a-f-]{36}$/.test(id) ? id : "00000000-0000-0000-0000-000000000000";
  try {
    const name = `summit-${sessionId.slice(0, 8)}`;
    if (format === "pdf") {
      const pdf = await sessionReportPdf(getDb(), teacherId, sessionId);
      return new Response(Buffer.from(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}.pdf"` } });
    }
    const data = await exportSession(getDb(), teacherId, sessionId);
    if (format === "json") {
      return new Response(JSON.stringify(data, null, 2), { headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.json"` } });
    }
    const csv = eventsToCsv(data.events, new Map(data.tables.map((t) => [t.id, t.number])));
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` } });
  } catch (error) {
    if (error instanceof UserError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
