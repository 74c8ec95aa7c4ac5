"""References for the convolution family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference

# 5 x 6 input, 2 x 2 windows at stride 2: 2 x 3 windows, the last row is not read
POOL_SIZES = {"H": 5, "W": 6, "k": 2, "S": 2}


def _cross_correlate_valid(v):
    img, ker = v["I"], v["K"]
    kh, kw = ker.shape
    out = np.empty((img.shape[0] - kh + 1, img.shape[1] - kw + 1))
    for a in range(out.shape[0]):
        for b in range(out.shape[1]):
            out[a, b] = np.sum(img[a:a + kh, b:b + kw] * ker)
    return {"S": out}


def _conv_transpose(v):
    z, ker, stride = v["z"], v["K"], v["S"]
    kh, kw = ker.shape
    out = np.zeros((stride * (z.shape[0] - 1) + kh, stride * (z.shape[1] - 1) + kw))
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            out[stride * i:stride * i + kh, stride * j:stride * j + kw] += z[i, j] * ker
    return {"Y": out}


def _pool(reduce):
    def formula(v):
        img, k, stride = v["I"], v["k"], v["S"]
        rows, cols = (img.shape[0] - k) // stride + 1, (img.shape[1] - k) // stride + 1
        out = np.empty((rows, cols))
        for i in range(rows):
            for j in range(cols):
                out[i, j] = reduce(img[stride * i:stride * i + k, stride * j:stride * j + k])
        return out
    return formula


REFERENCES = {
    "conv2d": Reference(_cross_correlate_valid, sizes={"H": 5, "W": 6, "r": 1, "s": 1}),
    # k_w = 3 > S = 2: neighbouring windows overlap along columns, so the scatter-add is tested
    "conv_transpose2d": Reference(_conv_transpose, sizes={"H": 2, "W": 3, "kh": 2, "kw": 3, "S": 2}),
    "max_pool2d": Reference(lambda v: {"max_pool": _pool(np.max)(v)}, sizes=POOL_SIZES),
    "avg_pool2d": Reference(lambda v: {"avg_pool": _pool(np.mean)(v)}, sizes=POOL_SIZES),
}
