// Drives vis-timeline in headless Chromium over CDP (playwright-core) and prints JSON:
// open_ms (items handed over until the page is laid out; open_to_frame_ms until its first
// frame is painted, as our open_ms is) and the zoom steps, each a wheel
// notch's worth (x1.2) from fit-all towards about a week: the redraw and the browser's
// layout it forces (zoom_step_ms), and until the next frame (zoom_step_to_frame_ms, which
// includes waiting for the display's frame clock; zoom_step_to_frame_max_ms the slowest).
//
// It prints one JSON object a line as it goes (the opening, then after each step the steps
// done, the slowest so far and the seconds since it started), the figures last, so a run
// cut short still says how far it got.
//
//   node drive.mjs ITEMS.json PAGE.html CHROMIUM
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const began = performance.now();
const report = (figures) =>
  console.log(
    JSON.stringify({ ...figures, elapsed_s: Math.round((performance.now() - began) / 100) / 10 }),
  );
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return (sorted[Math.floor(middle - 0.5)] + sorted[Math.ceil(middle - 0.5)]) / 2;
};

const [itemsPath, pagePath, executablePath] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsPath, "utf8"));
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 600 } });
  await page.goto("file://" + pagePath);
  const opened = await page.evaluate((items) => {
    const container = document.getElementById("timeline");
    window.started = performance.now();
    window.timeline = new vis.Timeline(container, new vis.DataSet(items), {
      rtl: true,
      stack: true,
      width: "1600px",
      height: "600px",
      orientation: "top",
    });
    window.timeline.fit({ animation: false });
    window.timeline.redraw();
    document.body.getBoundingClientRect(); // forces style + layout
    return performance.now() - window.started;
  }, items);
  report({ open_ms: opened });
  const painted = await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - window.started;
  });
  report({ open_to_frame_ms: painted });
  const steps = [];
  const toFrame = [];
  for (let notch = 0; notch < 40; notch++) {
    // One notch: the step (redraw and forced layout), then on to the next frame.
    const [step, frame] = await page.evaluate(async () => {
      const timeline = window.timeline;
      const { start, end } = timeline.getWindow();
      const centre = (start.valueOf() + end.valueOf()) / 2;
      const half = (end.valueOf() - start.valueOf()) / 2 / 1.2;
      const began = performance.now();
      timeline.setWindow(centre - half, centre + half, { animation: false });
      timeline.redraw();
      document.body.getBoundingClientRect(); // forces style + layout
      const step = performance.now() - began;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return [step, performance.now() - began];
    });
    steps.push(step);
    toFrame.push(frame);
    report({ zoom_steps_done: steps.length, zoom_step_slowest_so_far_ms: Math.max(...steps) });
  }
  report({
    zoom_step_ms: median(steps),
    zoom_step_max_ms: Math.max(...steps),
    zoom_step_to_frame_ms: median(toFrame),
    zoom_step_to_frame_max_ms: Math.max(...toFrame),
    items_drawn: await page.evaluate(() => document.querySelectorAll(".vis-item").length),
  });
} finally {
  await browser.close();
}
