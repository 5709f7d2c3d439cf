import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { publicView } from "@/lib/scenario/public";

/** A scenario's public part with its scoring rules, for the browser's deal builder; never a brief or a payoff table. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id !== HANOI.id) return Response.json({ error: "There is no such scenario." }, { status: 404 });
  return Response.json(publicView(HANOI), { headers: { "cache-control": "public, max-age=300" } });
}
