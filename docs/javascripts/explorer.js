// The activation explorer (docs/explorer.md): the reader moves an activation's parameters and sees f and
// f′ redrawn. What comes from torch (parameter names, defaults, slider ranges, the lines to copy) is
// put into the page by the build (hooks/explorer_data.py). The formulas are here, ONE entry per
// activation in FORMULAS (element-wise) or VECTOR_FORMULAS (the softmax family and GLU);
// tests/test_explorer.py checks every entry against torch's values and autograd derivatives.
// Loaded by a <script> in the page; Material re-runs it on instant navigation, and document$ is
// watched too, so the explorer starts however the page is reached.
(() => {
  "use strict";
  if (window.ActivationExplorer) {
    window.ActivationExplorer.boot();
    return;
  }

  // --- The words it writes, per language ----------------------------------------------------------
  // One script serves both editions, the English page and the Vietnamese one (/vi/, <html lang="vi">), so
  // every text it writes, shown or read out by a screen reader, comes from the table of the page's language
  // (English when the language has none). Numbers, code, torch's parameter names and the activations'
  // names are the same in both. notes: the Vietnamese of the `note` strings of activations.toml's [explorer] tables,
  // by slug; a slug missing here shows the registry's English note.
  const UI = {
    en: {
      copy: "Copy",
      copied: (line) => `Copied ${line}`,
      copyFailed: "Copying failed: select the line and copy it by hand",
      addCurve: "Add a curve",
      xFrom: "x from ",
      range: (r) => `−${r} to ${r}`,
      readAt: "Read the values at x",
      curve: (n) => ` Curve ${n}`,
      removeCurve: (n) => `Remove curve ${n}`,
      activation: "Activation ",
      reset: "Reset to defaults",
      noDerivative: "no f′ (autograd raises)",
      fCaption: (r, names) => `f(x) for x from −${r} to ${r}: ${names}`,
      dfCaption: (names) => `f′(x), from the same formulas: ${names}`,
      at: (x) => `At x = ${x}`,
      fnLabel: "Function ",
      logits: "Logits x",
      temperature: "Temperature T (the logits are divided by T)",
      applied: (label, x) => `${label} of ${x}`,
      sum: (total) => ` (sum ${total})`,
      bars: (applied, n) => `${applied}: ${n} bars`,
      outputTick: (i) => `output ${i}`,
      classTick: (i) => `class ${i}`,
      notes: {},
    },
    vi: {
      copy: "Sao chép",
      copied: (line) => `Đã sao chép ${line}`,
      copyFailed: "Không sao chép được: hãy chọn dòng mã rồi tự sao chép",
      addCurve: "Thêm đường cong",
      xFrom: "x từ ",
      range: (r) => `−${r} đến ${r}`,
      readAt: "Đọc giá trị tại x",
      curve: (n) => ` Đường cong ${n}`,
      removeCurve: (n) => `Xóa đường cong ${n}`,
      activation: "Hàm kích hoạt ",
      reset: "Khôi phục mặc định",
      noDerivative: "không có f′ (autograd báo lỗi)",
      fCaption: (r, names) => `f(x) với x từ −${r} đến ${r}: ${names}`,
      dfCaption: (names) => `f′(x), tính bằng cùng các công thức: ${names}`,
      at: (x) => `Tại x = ${x}`,
      fnLabel: "Hàm ",
      logits: "Logit x",
      temperature: "Nhiệt độ T (các logit được chia cho T)",
      applied: (label, x) => `${label} của ${x}`,
      sum: (total) => ` (tổng ${total})`,
      bars: (applied, n) => `${applied}: ${n} cột`,
      outputTick: (i) => `đầu ra ${i}`,
      classTick: (i) => `lớp ${i}`,
      notes: {
        "binary-step":
          "torch.heaviside(x, values): 1 khi x > 0, 0 khi x < 0, bằng values tại x = 0 (không có giá trị mặc " +
          "định; trang này dùng 1). Không có f′: autograd báo lỗi với torch.heaviside (độ dốc của nó bằng 0 ở " +
          "mọi điểm khác 0 và không xác định tại 0).",
        prelu: "init là giá trị ban đầu của độ dốc học được a (trọng số của PReLU); quá trình huấn luyện sẽ thay đổi nó.",
        rrelu:
          "Vẽ ở chế độ đánh giá: độ dốc với x < 0 là (lower + upper) / 2. Ở chế độ huấn luyện, mỗi phần tử rút " +
          "ngẫu nhiên độ dốc riêng của nó từ U(lower, upper).",
        threshold:
          "nn.Threshold không có giá trị mặc định: trình khám phá bắt đầu với threshold 0.5, value -1, như trên " +
          "trang của nó.",
        softplus: "Khi beta·x > threshold, Softplus trả về chính x, nên với threshold nhỏ đường cong có một bước nhảy.",
        "log-softmax": "Logarit của xác suất: không cột nào lớn hơn 0; lấy exp các giá trị này thì được Softmax.",
        softmax2d:
          "Softmax2d chuẩn hóa theo các kênh của từng điểm ảnh: ở đây bốn logit là bốn kênh của một ảnh 1 × 1. " +
          "Nó không có hàm tương ứng trong torch.nn.functional; F.softmax theo dim=-3 cho cùng kết quả.",
        glu:
          "GLU chia đôi vectơ, a = (x₀, x₁) và b = (x₂, x₃), rồi trả về a ⊙ σ(b): hai đầu ra, không phải xác " +
          "suất, và không có nhiệt độ.",
      },
    },
  };
  let ui = UI.en; // set by boot(), from the page it starts on
  const language = () => UI[document.documentElement.lang.split("-")[0]] || UI.en;
  // an activation's note in the page's language; "" (no note) stays "" in both
  const noteOf = (spec) => (spec.note && ui.notes[spec.slug]) || spec.note;

  // --- Maths ---------------------------------------------------------------------------------------
  const sigmoid = (x) => 1 / (1 + Math.exp(-x));
  const softplus = (x) => Math.log1p(Math.exp(x));
  const SELU_ALPHA = 1.6732632423543772;
  const SELU_SCALE = 1.0507009873554805;
  const GELU_K = Math.sqrt(2 / Math.PI);
  const XIELU_EPS = -1e-6;

  // erfc to about 1e-11 relative: the Taylor series of erf near 0, Laplace's continued fraction beyond.
  function erfc(x) {
    if (Math.abs(x) < 2.5) {
      let term = x;
      let sum = x;
      for (let n = 1; n < 80 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= (-x * x) / n;
        sum += term / (2 * n + 1);
      }
      return 1 - (2 / Math.sqrt(Math.PI)) * sum;
    }
    if (x < 0) return 2 - erfc(-x);
    let fraction = 0;
    for (let k = 60; k >= 1; k--) fraction = k / 2 / (x + fraction);
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + fraction);
  }
  const normalCdf = (x) => 0.5 * erfc(-x * Math.SQRT1_2);
  const normalPdf = (x) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

  // --- One entry per activation: f(x, p) and f′(x, p), p = {torch's parameter name: value} ------------
  // At a kink f′ follows torch's autograd (e.g. ReLU′(0) = 0, ELU′(0) = alpha, Hardswish′(±3) = 0 and 1).
  const FORMULAS = {
    "binary-step": { f: (x, p) => (x > 0 ? 1 : x < 0 ? 0 : x === 0 ? p.values : x), df: null },
    sigmoid: { f: (x) => sigmoid(x), df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
    tanh: { f: (x) => Math.tanh(x), df: (x) => 1 - Math.tanh(x) ** 2 },
    relu: { f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) },
    "leaky-relu": {
      f: (x, p) => (x > 0 ? x : x * p.negative_slope),
      df: (x, p) => (x > 0 ? 1 : p.negative_slope),
    },
    prelu: { f: (x, p) => (x > 0 ? x : x * p.init), df: (x, p) => (x > 0 ? 1 : p.init) },
    rrelu: {
      // evaluation mode: the slope for x < 0 is fixed at (lower + upper) / 2
      f: (x, p) => (x > 0 ? x : x * ((p.lower + p.upper) / 2)),
      df: (x, p) => (x > 0 ? 1 : (p.lower + p.upper) / 2),
    },
    relu6: { f: (x) => Math.min(Math.max(x, 0), 6), df: (x) => (x > 0 && x < 6 ? 1 : 0) },
    threshold: {
      f: (x, p) => (x > p.threshold ? x : p.value),
      df: (x, p) => (x > p.threshold ? 1 : 0),
    },
    hardtanh: {
      f: (x, p) => Math.min(Math.max(x, p.min_val), p.max_val),
      df: (x, p) => (x > p.min_val && x < p.max_val ? 1 : 0),
    },
    elu: { f: (x, p) => (x > 0 ? x : p.alpha * Math.expm1(x)), df: (x, p) => (x > 0 ? 1 : p.alpha * Math.exp(x)) },
    celu: {
      f: (x, p) => (x > 0 ? x : p.alpha * Math.expm1(x / p.alpha)),
      df: (x, p) => (x > 0 ? 1 : Math.exp(x / p.alpha)),
    },
    selu: {
      f: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
      df: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
    },
    gelu: {
      f: (x, p) =>
        p.approximate === "tanh" ? 0.5 * x * (1 + Math.tanh(GELU_K * (x + 0.044715 * x ** 3))) : x * normalCdf(x),
      df: (x, p) => {
        if (p.approximate !== "tanh") return normalCdf(x) + x * normalPdf(x);
        const t = Math.tanh(GELU_K * (x + 0.044715 * x ** 3));
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_K * (1 + 3 * 0.044715 * x * x);
      },
    },
    silu: { f: (x) => x * sigmoid(x), df: (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))) },
    mish: {
      f: (x) => x * Math.tanh(softplus(x)),
      df: (x) => {
        const t = Math.tanh(softplus(x));
        return t + x * sigmoid(x) * (1 - t * t);
      },
    },
    softplus: {
      // beyond beta·x > threshold torch returns x itself
      f: (x, p) => (x * p.beta > p.threshold ? x : Math.log1p(Math.exp(x * p.beta)) / p.beta),
      df: (x, p) => (x * p.beta > p.threshold ? 1 : sigmoid(x * p.beta)),
    },
    hardsigmoid: { f: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5), df: (x) => (x > -3 && x < 3 ? 1 / 6 : 0) },
    hardswish: {
      f: (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
      df: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : x / 3 + 0.5),
    },
    softsign: { f: (x) => x / (1 + Math.abs(x)), df: (x) => 1 / (1 + Math.abs(x)) ** 2 },
    "log-sigmoid": { f: (x) => Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x))), df: (x) => sigmoid(-x) },
    hardshrink: {
      f: (x, p) => (x >= -p.lambd && x <= p.lambd ? 0 : x),
      df: (x, p) => (x >= -p.lambd && x <= p.lambd ? 0 : 1),
    },
    softshrink: {
      f: (x, p) => (x > p.lambd ? x - p.lambd : x < -p.lambd ? x + p.lambd : 0),
      df: (x, p) => (x >= -p.lambd && x <= p.lambd ? 0 : 1),
    },
    tanhshrink: { f: (x) => x - Math.tanh(x), df: (x) => Math.tanh(x) ** 2 },
    // transformers' ACT2FN activations that torch.nn does not name
    "quick-gelu": {
      f: (x) => x * sigmoid(1.702 * x),
      df: (x) => sigmoid(1.702 * x) * (1 + 1.702 * x * (1 - sigmoid(1.702 * x))),
    },
    "squared-relu": { f: (x) => (x > 0 ? x * x : 0), df: (x) => (x > 0 ? 2 * x : 0) },
    xielu: {
      // x <= 0: (expm1(min(x, eps)) - x) alpha_n + beta x, eps = -1e-6; at x = eps min's slope is split, 1/2 each
      f: (x, p) =>
        x > 0 ? p.alpha_p * x * x + p.beta * x : (Math.expm1(Math.min(x, XIELU_EPS)) - x) * p.alpha_n + p.beta * x,
      df: (x, p) => {
        if (x > 0) return 2 * p.alpha_p * x + p.beta;
        const share = x < XIELU_EPS ? 1 : x === XIELU_EPS ? 0.5 : 0;
        return (share * Math.exp(Math.min(x, XIELU_EPS)) - 1) * p.alpha_n + p.beta;
      },
    },
    laplace: {
      // torch: 0.5 (1 + erf(z)), z = (x - mu) / (sigma sqrt 2); 1 + erf(z) = erfc(-z)
      f: (x, p) => 0.5 * erfc(-(x - p.mu) / (p.sigma * Math.SQRT2)),
      df: (x, p) => normalPdf((x - p.mu) / p.sigma) / p.sigma,
    },
    "sqrt-softplus": {
      // torch's softplus returns x itself beyond x = 20
      f: (x) => Math.sqrt(x > 20 ? x : softplus(x)),
      df: (x) => (x > 20 ? 1 : sigmoid(x)) / (2 * Math.sqrt(x > 20 ? x : softplus(x))),
    },
  };

  function softmax(z) {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }
  function logSoftmax(z) {
    const m = Math.max(...z);
    const logSum = Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0));
    return z.map((v) => v - m - logSum);
  }
  // The vector-valued ones: logits v (an array) and temperature T -> outputs.
  const VECTOR_FORMULAS = {
    softmax: (v, T) => softmax(v.map((x) => x / T)),
    "log-softmax": (v, T) => logSoftmax(v.map((x) => x / T)),
    softmin: (v, T) => softmax(v.map((x) => -(x / T))),
    softmax2d: (v, T) => softmax(v.map((x) => x / T)), // the four logits are the channels of one pixel
    glu: (v) => v.slice(0, v.length / 2).map((a, i) => a * sigmoid(v[v.length / 2 + i])),
  };

  // --- Numbers as shown, and as Python literals -----------------------------------------------------
  function show(v) {
    if (Number.isNaN(v)) return "nan";
    if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
    return String(Number(v.toPrecision(5)) + 0); // + 0 turns -0 into 0
  }
  const py = (v) => (typeof v === "string" ? `'${v}'` : Number.isInteger(v) ? v.toFixed(1) : String(v));
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
  const line = (template, params) =>
    fill(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, py(v)])));
  const vectorLine = (template, logits, T) => fill(template, { x: `torch.tensor([${logits.map(py).join(", ")}])`, T: py(T) });
  const describe = (params) =>
    Object.entries(params).map(([k, v]) => `${k} = ${typeof v === "string" ? `'${v}'` : show(v)}`).join(", ");

  // --- DOM helpers ------------------------------------------------------------------------------------
  const SVG_NS = "http://www.w3.org/2000/svg";
  function h(tag, attrs = {}, ...children) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }
  let uid = 0;
  const newId = (what) => `explorer-${what}-${++uid}`;
  const DASHES = ["", "8 4", "2 3", "10 3 2 3"]; // told apart by dash pattern as well as colour
  const swatch = (i) =>
    h("svg:svg", { class: "explorer__swatch", viewBox: "0 0 28 8", width: 28, height: 8, "aria-hidden": "true" },
      h("svg:line", { x1: 0, y1: 4, x2: 28, y2: 4, class: `explorer__line explorer__line--${i}`, "stroke-dasharray": DASHES[i] || null }));

  function copyRow(status) {
    const code = h("code", { id: newId("code") });
    const button = h("button", { type: "button", class: "explorer__button", "aria-describedby": code.id }, ui.copy);
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(code.textContent);
        status.textContent = ui.copied(code.textContent);
      } catch {
        status.textContent = ui.copyFailed;
      }
    });
    return { row: h("div", { class: "explorer__code" }, code, button), code };
  }

  function slider(label, spec, value, onInput) {
    const id = newId("slider");
    const shown = h("span", { class: "explorer__value", "aria-hidden": "true" });
    const input = h("input", { type: "range", id, min: spec.min, max: spec.max, step: spec.step });
    const set = (v) => {
      input.value = v; // the browser snaps what it shows to the step; the exact value is kept by the caller
      shown.textContent = show(v);
      input.setAttribute("aria-valuetext", show(v));
    };
    set(value);
    input.addEventListener("input", () => {
      const v = Number(input.value);
      set(v);
      onInput(v);
    });
    const row = h("div", { class: "explorer__param" },
      h("div", { class: "explorer__param-head" }, h("label", { for: id }, label), shown), input);
    return { row, input, set };
  }

  function niceStep(span) {
    const raw = span / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  }

  // --- Plots: an SVG for f and one for f′, on the same x range ----------------------------------------
  const MARGIN = { left: 46, right: 10, top: 10, bottom: 24 };
  const SAMPLES = 401;

  // A jump between samples: a step much larger than the steps beside it (drawn as a gap, not a wall).
  function isJump(ys, i, span) {
    const step = Math.abs(ys[i] - ys[i - 1]);
    const before = i > 1 ? Math.abs(ys[i - 1] - ys[i - 2]) : 0;
    const after = i + 1 < ys.length ? Math.abs(ys[i + 1] - ys[i]) : 0;
    return step > 0.02 * span && step > 4 * Math.max(before, after);
  }

  function drawPlot(svg, { width, height, range, series, cursor }) {
    const finite = series.flatMap((s) => s.ys.filter(Number.isFinite));
    let lo = Math.min(0, ...finite);
    let hi = Math.max(0, ...finite);
    if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
    const pad = 0.06 * (hi - lo);
    [lo, hi] = [lo - pad, hi + pad];
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const sx = (x) => MARGIN.left + ((x + range) / (2 * range)) * plotW;
    const sy = (y) => MARGIN.top + ((hi - y) / (hi - lo)) * plotH;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    const parts = [];
    const yStep = niceStep(hi - lo);
    for (let k = Math.ceil(lo / yStep); k * yStep <= hi; k++) {
      const t = k * yStep; // k * step, not a running sum: no 0.30000000000000004
      const y = sy(t);
      parts.push(h("svg:line", { class: "explorer__grid", x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y }));
      parts.push(h("svg:text", { class: "explorer__tick", x: MARGIN.left - 4, y: y + 4, "text-anchor": "end" }, show(t)));
    }
    const xStep = niceStep(2 * range);
    for (let k = Math.ceil(-range / xStep); k * xStep <= range + 1e-9; k++) {
      const t = k * xStep;
      const x = sx(t);
      parts.push(h("svg:line", { class: "explorer__grid", x1: x, x2: x, y1: MARGIN.top, y2: height - MARGIN.bottom }));
      parts.push(h("svg:text", { class: "explorer__tick", x, y: height - 6, "text-anchor": "middle" }, show(t)));
    }
    parts.push(h("svg:line", { class: "explorer__axis", x1: MARGIN.left, x2: width - MARGIN.right, y1: sy(0), y2: sy(0) }));
    parts.push(h("svg:line", { class: "explorer__axis", x1: sx(0), x2: sx(0), y1: MARGIN.top, y2: height - MARGIN.bottom }));
    for (const s of series) {
      let d = "";
      let pen = false;
      s.ys.forEach((y, i) => {
        if (!Number.isFinite(y)) return void (pen = false);
        d += `${pen && !isJump(s.ys, i, hi - lo) ? "L" : "M"}${sx(s.xs[i]).toFixed(1)},${sy(y).toFixed(1)}`;
        pen = true;
      });
      parts.push(h("svg:path", { class: `explorer__line explorer__line--${s.index}`, d, "stroke-dasharray": DASHES[s.index] || null }));
    }
    parts.push(h("svg:line", { class: "explorer__cursor", x1: sx(cursor), x2: sx(cursor), y1: MARGIN.top, y2: height - MARGIN.bottom }));
    for (const s of series) {
      if (Number.isFinite(s.atCursor)) {
        parts.push(h("svg:circle", { class: `explorer__dot explorer__dot--${s.index}`, cx: sx(cursor), cy: sy(s.atCursor), r: 4 }));
      }
    }
    svg.replaceChildren(...parts);
    return (clientX) => {
      // client x -> data x, for the pointer
      const box = svg.getBoundingClientRect();
      const px = ((clientX - box.left) / box.width) * width;
      return ((px - MARGIN.left) / plotW) * 2 * range - range;
    };
  }

  // --- The element-wise explorer -------------------------------------------------------------------
  const MAX_CURVES = 4;
  const RANGES = [2, 4, 8, 20];

  class Explorer {
    constructor(root, spec) {
      this.root = root;
      this.spec = spec;
      this.bySlug = Object.fromEntries(spec.elementwise.map((a) => [a.slug, a]));
      this.curves = [];
      this.range = 8;
      this.cursor = 1;
      this.build();
      this.addCurve("relu");
      this.observer = new ResizeObserver(() => requestAnimationFrame(() => this.render()));
      this.observer.observe(this.plotBox);
    }

    build() {
      this.status = h("p", { class: "explorer__sr-only", role: "status" });
      this.curveBox = h("div", { class: "explorer__curves" });
      this.addButton = h("button", { type: "button", class: "explorer__button" }, ui.addCurve);
      this.addButton.addEventListener("click", () => {
        const used = new Set(this.curves.map((c) => c.slug));
        const next = ["gelu", "silu", "leaky-relu", "elu", "sigmoid", "tanh"].find((s) => !used.has(s)) || "relu";
        this.addCurve(next).select.focus();
      });
      const rangeId = newId("range");
      this.rangeSelect = h("select", { id: rangeId },
        ...RANGES.map((r) => h("option", { value: r, selected: r === this.range ? "" : null }, ui.range(r))));
      this.rangeSelect.addEventListener("change", () => {
        this.range = Number(this.rangeSelect.value);
        this.cursorSlider.input.min = -this.range;
        this.cursorSlider.input.max = this.range;
        this.cursorSlider.input.step = this.range / 200;
        this.setCursor(Math.max(-this.range, Math.min(this.range, this.cursor)));
      });
      this.fTitle = newId("title");
      this.dfTitle = newId("title");
      this.fSvg = h("svg:svg", { class: "explorer__plot", role: "img", "aria-labelledby": this.fTitle });
      this.dfSvg = h("svg:svg", { class: "explorer__plot", role: "img", "aria-labelledby": this.dfTitle });
      this.plotBox = h("div", { class: "explorer__plots" },
        h("p", { id: this.fTitle, class: "explorer__caption" }, "f(x)"), this.fSvg,
        h("p", { id: this.dfTitle, class: "explorer__caption" }, "f′(x)"), this.dfSvg);
      for (const svg of [this.fSvg, this.dfSvg]) {
        svg.addEventListener("pointermove", (e) => this.pointer && this.setCursor(this.pointer(e.clientX), true));
      }
      this.cursorSlider = slider(ui.readAt, { min: -this.range, max: this.range, step: this.range / 200 },
        this.cursor, (v) => this.setCursor(v));
      this.cursorSlider.input.dataset.param = "x";
      this.readout = h("div", { class: "explorer__readout", "aria-live": "polite" });
      this.root.replaceChildren(
        h("div", { class: "explorer__row" }, h("span", {}, h("label", { for: rangeId }, ui.xFrom), this.rangeSelect),
          this.addButton),
        this.plotBox, this.cursorSlider.row, this.readout, this.curveBox, this.status);
    }

    addCurve(slug) {
      const index = [0, 1, 2, 3].find((i) => !this.curves.some((c) => c.index === i));
      const curve = { index, slug: null, params: {} };
      const selectId = newId("fn");
      curve.select = h("select", { id: selectId },
        ...this.spec.elementwise.map((a) => h("option", { value: a.slug }, a.label)));
      curve.select.addEventListener("change", () => this.setActivation(curve, curve.select.value));
      curve.body = h("div", { class: "explorer__body" });
      const remove = h("button", { type: "button", class: "explorer__button" }, ui.removeCurve(index + 1));
      remove.addEventListener("click", () => {
        this.curves = this.curves.filter((c) => c !== curve);
        curve.box.remove();
        this.updateButtons();
        this.addButton.focus();
        this.render();
      });
      curve.remove = remove;
      curve.buttons = h("div", { class: "explorer__buttons" });
      curve.box = h("fieldset", { class: "explorer__curve" },
        h("legend", {}, swatch(index), ui.curve(index + 1)),
        h("label", { for: selectId }, ui.activation), curve.select, curve.body, curve.buttons);
      this.curves.push(curve);
      this.curves.sort((a, b) => a.index - b.index);
      this.curveBox.replaceChildren(...this.curves.map((c) => c.box));
      this.setActivation(curve, slug);
      this.updateButtons();
      return curve;
    }

    updateButtons() {
      this.addButton.disabled = this.curves.length >= MAX_CURVES;
      for (const c of this.curves) c.remove.hidden = this.curves.length === 1;
    }

    setActivation(curve, slug) {
      const spec = this.bySlug[slug];
      curve.slug = slug;
      curve.select.value = slug;
      curve.params = Object.fromEntries(spec.params.map((p) => [p.name, p.default]));
      const controls = spec.params.map((p) => this.control(curve, p));
      curve.lines = [spec.lines.module, spec.lines.functional].filter(Boolean).map((template) => ({ template, ...copyRow(this.status) }));
      const reset = h("button", { type: "button", class: "explorer__button" }, ui.reset);
      reset.addEventListener("click", () => this.setActivation(curve, slug));
      curve.body.replaceChildren(
        ...[spec.note ? h("p", { class: "explorer__note" }, noteOf(spec)) : null, ...controls, ...curve.lines.map((l) => l.row)]
          .filter(Boolean));
      curve.buttons.replaceChildren(...(spec.params.length ? [reset] : []), curve.remove);
      this.render();
    }

    control(curve, p) {
      const label = h("code", {}, p.name);
      if (!p.choices) {
        const { row, input } = slider(label, p, p.default, (v) => { curve.params[p.name] = v; this.render(); });
        input.dataset.param = p.name;
        return row;
      }
      const name = newId("choice");
      return h("fieldset", { class: "explorer__choices" }, h("legend", {}, label),
        ...p.choices.map((choice) => {
          const radio = h("input", { type: "radio", name, value: choice, "data-param": p.name, checked: choice === p.default ? "" : null });
          radio.addEventListener("change", () => { curve.params[p.name] = choice; this.render(); });
          return h("label", {}, radio, ` '${choice}'`);
        }));
    }

    setCursor(x, fromPointer = false) {
      const step = this.range / 200; // the slider's step: 0.04 for x from −8 to 8
      this.cursor = Math.max(-this.range, Math.min(this.range, Math.round(x / step) * step));
      this.cursor = Number(this.cursor.toFixed(6)); // 0.04 * 3 is 0.12000000000000001
      if (fromPointer || Number(this.cursorSlider.input.value) !== this.cursor) this.cursorSlider.set(this.cursor);
      this.render();
    }

    render() {
      if (!this.root.isConnected) return this.observer?.disconnect();
      const width = Math.max(260, Math.floor(this.plotBox.clientWidth));
      const xs = Array.from({ length: SAMPLES }, (_, i) => -this.range + (2 * this.range * i) / (SAMPLES - 1));
      const fSeries = [];
      const dfSeries = [];
      const lines = [];
      for (const c of this.curves) {
        const spec = this.bySlug[c.slug];
        const { f, df } = FORMULAS[c.slug];
        fSeries.push({ index: c.index, xs, ys: xs.map((x) => f(x, c.params)), atCursor: f(this.cursor, c.params) });
        if (df) dfSeries.push({ index: c.index, xs, ys: xs.map((x) => df(x, c.params)), atCursor: df(this.cursor, c.params) });
        for (const l of c.lines) l.code.textContent = line(l.template, c.params);
        const name = `${spec.label}${spec.params.length ? ` (${describe(c.params)})` : ""}`;
        const slope = df ? `f′ = ${show(df(this.cursor, c.params))}` : ui.noDerivative;
        lines.push(h("p", {}, swatch(c.index), ` ${name}: f = ${show(f(this.cursor, c.params))}, ${slope}`));
      }
      const common = { width, range: this.range, cursor: this.cursor };
      this.pointer = drawPlot(this.fSvg, { ...common, height: 250, series: fSeries });
      drawPlot(this.dfSvg, { ...common, height: 190, series: dfSeries });
      const names = this.curves.map((c) => this.bySlug[c.slug].label).join(", ");
      this.fSvg.previousElementSibling.textContent = ui.fCaption(this.range, names);
      this.dfSvg.previousElementSibling.textContent = ui.dfCaption(names);
      this.readout.replaceChildren(h("p", {}, h("strong", {}, ui.at(show(this.cursor)))), ...lines);
      if (window.ActivationExplorer.firstDraw === undefined) window.ActivationExplorer.firstDraw = performance.now();
    }

    preset(slugs) {
      const known = slugs.filter((s) => this.bySlug[s]).slice(0, MAX_CURVES);
      if (!known.length) return false;
      for (const c of this.curves) c.box.remove();
      this.curves = [];
      known.forEach((s) => this.addCurve(s));
      return true;
    }
  }

  // --- The softmax family and GLU: a logit vector, a temperature, bars ----------------------------------
  class VectorPanel {
    constructor(root, spec) {
      this.root = root;
      this.spec = spec;
      this.bySlug = Object.fromEntries(spec.activations.map((a) => [a.slug, a]));
      this.slug = spec.activations[0].slug;
      this.logits = [...spec.logits];
      this.T = spec.temperature.default;
      const selectId = newId("vfn");
      this.select = h("select", { id: selectId }, ...spec.activations.map((a) => h("option", { value: a.slug }, a.label)));
      this.select.addEventListener("change", () => this.setActivation(this.select.value));
      const inputs = this.logits.map((v, i) => {
        const id = newId("logit");
        const input = h("input", { type: "number", id, value: v, step: 0.1, min: -50, max: 50 });
        input.addEventListener("input", () => {
          const value = input.value === "" ? NaN : Number(input.value);
          input.setAttribute("aria-invalid", Number.isFinite(value) ? "false" : "true");
          if (Number.isFinite(value)) {
            this.logits[i] = value;
            this.render();
          }
        });
        return h("span", { class: "explorer__logit" }, h("label", { for: id }, `x${"₀₁₂₃"[i]}`), input);
      });
      this.tSlider = slider(ui.temperature, spec.temperature, this.T, (v) => {
        this.T = v;
        this.render();
      });
      this.note = h("p", { class: "explorer__note" });
      this.titleId = newId("title");
      this.svg = h("svg:svg", { class: "explorer__plot", role: "img", "aria-labelledby": this.titleId });
      this.caption = h("p", { id: this.titleId, class: "explorer__caption" });
      this.readout = h("div", { class: "explorer__readout", "aria-live": "polite" });
      this.status = h("p", { class: "explorer__sr-only", role: "status" });
      this.lines = ["module", "functional"].map((kind) => ({ kind, ...copyRow(this.status) }));
      root.replaceChildren(
        h("div", { class: "explorer__row" }, h("label", { for: selectId }, ui.fnLabel), this.select),
        this.note,
        h("fieldset", { class: "explorer__choices" }, h("legend", {}, ui.logits), ...inputs),
        this.tSlider.row, this.caption, this.svg, this.readout, ...this.lines.map((l) => l.row), this.status);
      this.observer = new ResizeObserver(() => requestAnimationFrame(() => this.render()));
      this.observer.observe(root);
      this.setActivation(this.slug);
    }

    setActivation(slug) {
      this.slug = slug;
      this.select.value = slug;
      const spec = this.bySlug[slug];
      this.note.textContent = noteOf(spec);
      this.note.hidden = !spec.note;
      this.tSlider.row.hidden = !spec.temperature;
      this.render();
    }

    render() {
      if (!this.root.isConnected) return this.observer.disconnect();
      const spec = this.bySlug[this.slug];
      const T = spec.temperature ? this.T : 1;
      const out = VECTOR_FORMULAS[this.slug](this.logits, T);
      for (const l of this.lines) l.code.textContent = vectorLine(spec.lines[l.kind], this.logits, T);
      const applied = ui.applied(spec.label, spec.temperature ? `x / ${show(T)}` : "x");
      const sum = this.slug === "glu" || this.slug === "log-softmax" ? "" : ui.sum(show(out.reduce((a, b) => a + b, 0)));
      this.caption.textContent = ui.bars(applied, out.length);
      this.readout.replaceChildren(h("p", {}, `${applied} = ${out.map(show).join(", ")}${sum}`));
      this.drawBars(out);
    }

    drawBars(out) {
      const width = Math.max(260, Math.floor(this.root.clientWidth));
      const height = 200;
      const probabilities = this.slug !== "glu" && this.slug !== "log-softmax";
      let lo = probabilities ? 0 : Math.min(0, ...out.filter(Number.isFinite));
      let hi = probabilities ? 1 : Math.max(0, ...out.filter(Number.isFinite));
      if (hi - lo < 1e-9) hi = lo + 1;
      const plotW = width - MARGIN.left - MARGIN.right;
      const top = MARGIN.top + 14; // room for a value above a bar, and below one that goes down
      const plotH = height - top - MARGIN.bottom - 14;
      const sy = (y) => top + ((hi - Math.max(lo, Math.min(hi, y))) / (hi - lo)) * plotH;
      const band = plotW / out.length;
      const parts = [h("svg:line", { class: "explorer__axis", x1: MARGIN.left, x2: width - MARGIN.right, y1: sy(0), y2: sy(0) })];
      out.forEach((v, i) => {
        const x = MARGIN.left + i * band + band * 0.2;
        const [y0, y1] = [sy(0), sy(v)].sort((a, b) => a - b);
        parts.push(h("svg:rect", { class: "explorer__bar", x, width: band * 0.6, y: y0, height: Math.max(1, y1 - y0) }));
        parts.push(h("svg:text", { class: "explorer__tick", x: x + band * 0.3, y: v >= 0 ? y0 - 4 : y1 + 12, "text-anchor": "middle" }, show(v)));
        parts.push(h("svg:text", { class: "explorer__tick", x: x + band * 0.3, y: height - 6, "text-anchor": "middle" },
          this.slug === "glu" ? ui.outputTick(i) : ui.classTick(i)));
      });
      this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      this.svg.setAttribute("width", width);
      this.svg.setAttribute("height", height);
      this.svg.replaceChildren(...parts);
    }
  }

  // --- Start-up, however the page is reached ---------------------------------------------------------
  let current = null;

  function applyHash() {
    const fn = new URLSearchParams(location.hash.slice(1)).get("fn");
    if (!fn || !current || !current.explorer.root.isConnected) return;
    const slugs = fn.split(",");
    if (current.vector && current.vector.bySlug[slugs[0]]) {
      current.vector.setActivation(slugs[0]);
      current.vector.root.scrollIntoView({ block: "start" });
    } else {
      current.explorer.preset(slugs);
    }
  }

  function boot() {
    const root = document.getElementById("explorer-curves");
    const params = document.getElementById("explorer-params");
    if (!root || !params || root.dataset.ready) return applyHash(); // already running: only a new #fn=
    root.dataset.ready = "true";
    ui = language();
    const spec = JSON.parse(params.dataset.params);
    const vectorRoot = document.getElementById("explorer-vector");
    current = {
      explorer: new Explorer(root, spec),
      vector: vectorRoot ? new VectorPanel(vectorRoot, spec.vector) : null,
    };
    applyHash();
  }

  // For the tests: the page's own formulas, evaluated where torch was.
  function evaluate(slug, params, xs) {
    const { f, df } = FORMULAS[slug];
    return { f: xs.map((x) => f(x, params)), df: df ? xs.map((x) => df(x, params)) : null };
  }

  window.ActivationExplorer = {
    FORMULAS, VECTOR_FORMULAS, evaluate, line, vectorLine, boot, firstDraw: undefined,
    evaluateVector: (slug, logits, T) => VECTOR_FORMULAS[slug](logits, T),
    get current() { return current; },
  };
  window.addEventListener("hashchange", applyHash);
  const subscribe = () => window.document$ && window.document$.subscribe(boot); // Material's instant navigation
  if (window.document$) subscribe();
  else document.addEventListener("DOMContentLoaded", subscribe, { once: true });
  boot();
})();
