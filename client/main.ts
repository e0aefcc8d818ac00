/** Entry point: a minimal status page until the profile and explorer pages land. */
const app = document.getElementById("app")!;
app.innerHTML = `<main><h1>Research Graph Explorer</h1><p id="status">Checking the graph…</p></main>`;
const status = document.getElementById("status")!;
fetch("/api/health")
  .then((response) => response.json())
  .then((health: { status: string; counts: Record<string, number> | null }) => {
    status.textContent =
      health.status === "ok" && health.counts
        ? Object.entries(health.counts)
            .map(([label, count]) => `${count.toLocaleString()} ${label}`)
            .join(" · ")
        : "The graph database is unavailable.";
  })
  .catch(() => (status.textContent = "The API is unreachable."));
