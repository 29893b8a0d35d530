"""A small handwritten-digit recogniser: features and numpy inference, weights in an .npz.

No pickle: the model is plain arrays (an MLP's layers, or a Nyström-kernel logistic
regression), so loading cannot execute code. Trained by `vbadmin train` (see train.py).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

SIDE = 28  # normalised digit canvas, MNIST-like
BOX = 20  # the digit's longer side inside the canvas
MAX_SLANT = 0.7  # the most shear deslant() undoes (x per y): beyond it the ink is not one upright digit
MODEL_FILE = "digits.npz"
MODEL_ENV = "VBADMIN_DIGITS_MODEL"


def default_model_dir() -> Path:
    """models/digits at the project root (src/vbadmin/handwriting -> 3 levels up)."""
    return Path(__file__).resolve().parents[3] / "models" / "digits"


def normalise(ink: np.ndarray) -> np.ndarray:
    """Crop to the ink, scale the longer side to BOX keeping the aspect, centre by mass."""
    return _normalise(ink)[0]


def _normalise(ink: np.ndarray) -> tuple[np.ndarray, float]:
    """The normalised canvas and the tight ink box's width/height (the aspect is a feature)."""
    canvas = np.zeros((SIDE, SIDE), np.float32)
    ink = _denoise(ink)
    rows = np.nonzero(ink.max(axis=1) > 0.15)[0] if ink.size else np.array([])
    cols = np.nonzero(ink.max(axis=0) > 0.15)[0] if ink.size else np.array([])
    if rows.size == 0 or cols.size == 0:
        return canvas, 1.0
    crop = deslant(ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.float32))
    h, w = crop.shape
    scale = BOX / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = np.asarray(Image.fromarray(crop, mode="F").resize((nw, nh), Image.Resampling.BILINEAR))
    small = np.clip(small / max(float(small.max()), 1e-6), 0.0, 1.0)
    total = float(small.sum()) or 1.0
    cy = float((small.sum(axis=1) * np.arange(nh)).sum()) / total
    cx = float((small.sum(axis=0) * np.arange(nw)).sum()) / total
    top = int(np.clip(round(SIDE / 2 - cy), 0, SIDE - nh))
    left = int(np.clip(round(SIDE / 2 - cx), 0, SIDE - nw))
    canvas[top : top + nh, left : left + nw] = small
    return canvas, w / h


def deslant(ink: np.ndarray, limit: float = MAX_SLANT) -> np.ndarray:
    """Shear the ink upright by its second moments (x drift per row of y), then re-crop.

    Clerks write slanted (a "1" leans like a "/"); training digits are slanted at random. Both
    are straightened the same way here, so the recogniser learns shapes, not slants."""
    total = float(ink.sum())
    if total <= 0 or ink.shape[0] < 4:
        return ink
    ys, xs = np.mgrid[0 : ink.shape[0], 0 : ink.shape[1]].astype(np.float32)
    cy, cx = float((ys * ink).sum()) / total, float((xs * ink).sum()) / total
    var_y = float((((ys - cy) ** 2) * ink).sum()) / total
    if var_y < 1e-3:
        return ink
    slant = float((((ys - cy) * (xs - cx)) * ink).sum()) / total / var_y  # x drift per row (< 0: leans right)
    slant = float(np.clip(slant, -limit, limit))
    if abs(slant) < 0.05:
        return ink
    h, w = ink.shape
    pad = int(np.ceil(abs(slant) * h)) + 1
    # Output x' = x - slant * (y - cy) + pad: PIL maps each output (x', y) back to its input pixel.
    left = pad
    image = Image.fromarray(ink, mode="F").transform(
        (w + 2 * pad, h),
        Image.Transform.AFFINE,
        (1, slant, -left - slant * cy, 0, 1, 0),
        resample=Image.Resampling.BILINEAR,
    )
    out = np.asarray(image, dtype=np.float32)
    cols = np.nonzero(out.max(axis=0) > 0.15)[0]
    return out[:, cols[0] : cols[-1] + 1] if cols.size else ink


def _denoise(ink: np.ndarray) -> np.ndarray:
    """Drop faint ink and specks far smaller than the main stroke (scanner noise, paper grain)."""
    if ink.size == 0:
        return ink
    strong = ink > 0.3
    labels, count = ndimage.label(strong, structure=np.ones((3, 3)))
    if count == 0:
        return np.zeros_like(ink)
    areas = ndimage.sum(strong, labels, index=np.arange(1, count + 1))
    keep = np.isin(labels, 1 + np.nonzero(areas >= 0.08 * areas.max())[0])
    keep = ndimage.binary_dilation(keep, iterations=1)
    return np.where(keep, ink, 0.0).astype(np.float32)


def _hog(image: np.ndarray, cell: int = 7, bins: int = 9) -> np.ndarray:
    """Histogram of unsigned gradient orientations per cell: stroke direction, tolerant of jitter."""
    gy, gx = np.gradient(image)
    magnitude = np.hypot(gx, gy)
    angle = (np.arctan2(gy, gx) % np.pi) / np.pi * bins
    index = np.minimum(angle.astype(int), bins - 1)
    cells = SIDE // cell
    out = np.zeros((cells, cells, bins), np.float32)
    for cy in range(cells):
        for cx in range(cells):
            sl = (slice(cy * cell, (cy + 1) * cell), slice(cx * cell, (cx + 1) * cell))
            out[cy, cx] = np.bincount(index[sl].ravel(), magnitude[sl].ravel(), bins)
    norm = np.linalg.norm(out, axis=2, keepdims=True) + 1e-3
    return (out / norm).ravel()


def features(normalised: np.ndarray) -> np.ndarray:
    """14x14 pixels + HOG. No separate aspect feature: it misleads on slanted writing (a
    slanted 1 is as wide as an upright 8), and the aspect-preserving canvas already shows it."""
    pooled = normalised.reshape(14, 2, 14, 2).mean(axis=(1, 3)).ravel()
    return np.concatenate([pooled, _hog(normalised)]).astype(np.float32)


def glyph_features(ink: np.ndarray) -> np.ndarray:
    return features(normalise(ink))


@dataclass
class DigitModel:
    """Arrays of one trained model; predict_proba works on feature rows."""

    kind: str
    arrays: dict[str, np.ndarray]
    meta: dict[str, object]

    @property
    def classes(self) -> int:
        """10 digits, plus class 10 "not one digit" in models trained with a junk class."""
        if self.kind == "ensemble":
            return self.members()[0].classes
        last = self.arrays["coef"] if self.kind != "mlp" else self.arrays[f"b{int(self.meta['layers']) - 1}"]  # type: ignore[call-overload]
        return int(last.shape[0])

    def members(self) -> list[DigitModel]:
        """The models of an ensemble (arrays stored as "m<i>.<name>")."""
        metas: list[dict[str, object]] = self.meta["members"]  # type: ignore[assignment]
        return [
            DigitModel(
                str(meta["kind"]),
                {k.split(".", 1)[1]: v for k, v in self.arrays.items() if k.startswith(f"m{i}.")},
                {k: v for k, v in meta.items() if k != "kind"},
            )
            for i, meta in enumerate(metas)
        ]

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        if self.kind == "ensemble":  # the members' calibrated probabilities, averaged
            return np.asarray(np.mean([m.predict_proba(rows) for m in self.members()], axis=0))
        x = (np.atleast_2d(rows) - self.arrays["mean"]) / self.arrays["scale"]
        if self.kind == "mlp":
            logits = self._mlp(x)
        else:
            logits = self._nystroem(x) @ self.arrays["coef"].T + self.arrays["intercept"]
        logits = logits / float(self.meta.get("temperature", 1.0))  # type: ignore[arg-type]
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def _mlp(self, x: np.ndarray) -> np.ndarray:
        layers = int(self.meta["layers"])  # type: ignore[call-overload]
        for i in range(layers):
            x = x @ self.arrays[f"W{i}"] + self.arrays[f"b{i}"]
            if i < layers - 1:
                x = np.maximum(x, 0.0)
        return x

    def _nystroem(self, x: np.ndarray) -> np.ndarray:
        comps = self.arrays["components"]
        gamma = float(self.meta["gamma"])  # type: ignore[arg-type]
        sq = (x**2).sum(1)[:, None] + (comps**2).sum(1)[None, :] - 2 * x @ comps.T
        return np.asarray(np.exp(-gamma * np.maximum(sq, 0.0)) @ self.arrays["normalization"].T)


def ensemble(models: list[DigitModel], name: str) -> DigitModel:
    """One model averaging the (temperature-calibrated) probabilities of several."""
    arrays = {f"m{i}.{k}": v for i, m in enumerate(models) for k, v in m.arrays.items()}
    members = [{"kind": m.kind, **m.meta} for m in models]
    return DigitModel("ensemble", arrays, {"members": members, "name": name})


def save_model(model: DigitModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = json.dumps({"kind": model.kind, **model.meta})
    np.savez_compressed(path, __meta__=np.array(meta), **model.arrays)  # type: ignore[arg-type]


def load_model(path: Path | str | None = None) -> DigitModel:
    """Load without pickle (allow_pickle=False): arrays and a JSON string only."""
    path = Path(path or os.environ.get(MODEL_ENV) or default_model_dir() / MODEL_FILE)
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["__meta__"]))
        arrays = {key: data[key] for key in data.files if key != "__meta__"}
    return DigitModel(kind=str(meta.pop("kind")), arrays=arrays, meta=meta)


@lru_cache(maxsize=1)
def shared_model() -> DigitModel:
    return load_model()


def classify(inks: list[np.ndarray], model: DigitModel | None = None) -> np.ndarray:
    """Probabilities (n, classes) for ink crops: columns 0-9 are the digits, column 10 (when the
    model has it) is "not one digit"."""
    if not inks:
        return np.zeros((0, 10))
    model = model or shared_model()
    return model.predict_proba(np.stack([glyph_features(ink) for ink in inks]))
