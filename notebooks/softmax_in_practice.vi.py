# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   translation:
#     en_source_hash: 68de191f79a77b61
# ---

# %% [markdown]
# # Softmax trong thực tế
#
# [Softmax](../../activations/softmax/) biến một vectơ gồm các điểm số thực (logit) thành các xác suất:
#
# $$\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}.$$
#
# Công thức chỉ có một dòng, nhưng để dùng nó cho tốt thì cần cẩn thận. Notebook này đi qua bốn điểm thực
# hành: vì sao công thức viết theo cách ngây thơ lại bị tràn số trên (overflow) và `torch.softmax` tránh điều
# đó ra sao; mẹo log-sum-exp đằng sau [`log_softmax`](../../activations/log-softmax/) và hàm mất mát
# (loss function) entropy chéo (cross-entropy); nhiệt độ (temperature) có tác dụng gì; và lỗi kinh điển là áp dụng
# softmax trước `nn.CrossEntropyLoss`, được đo trên hai lần huấn luyện giống hệt nhau ở mọi điểm khác.

# %% [markdown]
# ## 1. Công thức ngây thơ bị tràn số
#
# Với float32, $e^{x}$ bị tràn số trên thành `inf` khi $x > 88.7$, và bị tràn số dưới (underflow) về 0
# khi $x$ nhỏ hơn khoảng $-104$; từ khoảng $-87.3$ trở xuống, nó đã là một số dưới chuẩn (subnormal),
# bị mất độ chính xác. Với các logit cỡ 1000, cả tử số lẫn mẫu số đều là `inf`, và `inf / inf` là `nan`; với các logit
# cỡ $-1000$, cả hai đều bằng 0, và `0 / 0` cũng là `nan`. `torch.softmax` trả về kết quả đúng trong cả
# hai trường hợp.

# %% [markdown]
# Cách sửa này chính xác chứ không phải xấp xỉ: softmax không đổi khi trừ cùng một hằng số $c$ khỏi mọi
# logit, vì $e^{x_i - c} / \sum_j e^{x_j - c} = e^{-c} e^{x_i} / (e^{-c} \sum_j e^{x_j})$. Chọn
# $c = \max_j x_j$ thì số hạng mũ lớn nhất là $e^0 = 1$: không có gì bị tràn số trên, và mẫu số ít nhất bằng
# 1, nên không có phép chia nào cho 0.

# %% [markdown]
# ## 2. Mẹo log-sum-exp
#
# Các hàm mất mát cần $\log \mathrm{softmax}(x)_i = x_i - \log \sum_j e^{x_j}$, và log-sum-exp
# $\mathrm{LSE}(x) = \log \sum_j e^{x_j}$ cũng bị tràn số trên theo đúng cách đó. Phép dịch như trên cũng sửa
# được nó:
#
# $$\mathrm{LSE}(x) = m + \log \sum_j e^{x_j - m}, \qquad m = \max_j x_j.$$
#
# Tính $\log \mathrm{softmax}$ dưới dạng $x - \mathrm{LSE}(x)$ còn tránh được việc lấy log của một xác
# suất đã bị tràn số dưới về 0 (cho ra $-\infty$). Đó chính là cách `torch.logsumexp`,
# `torch.log_softmax` và `nn.CrossEntropyLoss` làm.

# %% [markdown]
# ## 3. Nhiệt độ
#
# Chia các logit cho một nhiệt độ $T > 0$ trước khi đưa vào softmax, tức $\mathrm{softmax}(x / T)$, giữ
# nguyên thứ tự của các xác suất nhưng thay đổi độ nhọn của chúng: $T < 1$ làm phân phối xác suất
# (probability distribution) nhọn hơn, dồn về phía phần tử lớn nhất (arg max) và thành one-hot khi
# $T \to 0$, còn $T > 1$ làm nó phẳng hơn, tiến về phân phối đều. Nhiệt độ được dùng khi lấy mẫu từ
# mô hình ngôn ngữ, trong chưng cất tri thức (knowledge distillation) và trong hiệu chỉnh (calibration).
# Entropy $H = -\sum_i p_i \log p_i$ đo độ trải rộng: bằng 0 với one-hot, bằng $\log K$ với phân phối
# đều trên $K$ lớp.

# %% alt="Biểu đồ cột theo nhóm, biểu diễn xác suất softmax của bốn lớp có logit 3, 1.5, 0.5 và -1, mỗi nhiệt độ T = 0.25, 0.5, 1, 2 và 5 ứng với một cột. Ở T = 0.25, lớp 0 chiếm gần hết xác suất; khi T tăng, các cột của lớp 0 thấp dần và các cột của những lớp khác cao dần, cho tới T = 5 thì bốn xác suất đã gần bằng nhau. Thứ tự của các lớp không bao giờ thay đổi."
# (hình vẽ: mã của ô này là mã của softmax_in_practice.py, chú thích và nhãn dịch theo softmax_in_practice.vi.toml)

# %% [markdown]
# ## 4. Softmax trước CrossEntropyLoss: một lỗi kinh điển
#
# `nn.CrossEntropyLoss` nhận vào **logit**: nó tự áp dụng `log_softmax` (với mẹo log-sum-exp), rồi lấy
# log-xác suất của lớp đích với dấu âm. Thêm một softmax phía trước,
# `loss_fn(torch.softmax(logits, dim=1), target)`, không gây ra lỗi nào và hàm mất mát vẫn giảm, nhưng
# giờ đây hàm mất mát lại tính softmax của các xác suất. Đầu vào của nó nằm trong $[0, 1]$, nên ngay cả
# một dự đoán hoàn hảo $p = (1, 0, 0)$ cũng cho
#
# $$-\log \frac{e^1}{e^1 + e^0 + e^0} = \log\left(1 + \frac{2}{e}\right) \approx 0.551$$
#
# với 3 lớp (tổng quát là $\log(1 + (K-1)/e)$): hàm mất mát không bao giờ tiến gần được tới 0, và
# gradient của nó phải đi qua thêm một ma trận Jacobian của softmax, khiến nó nhỏ đi.

# %% [markdown]
# ### Hai bộ phân loại giống hệt nhau, một huấn luyện đúng, một huấn luyện sai
#
# Ba cụm điểm Gauss trên mặt phẳng (600 điểm huấn luyện, 2000 điểm kiểm tra), một MLP nhỏ
# ($2 \to 16 \to 3$ với ReLU), huấn luyện bằng SGD trên toàn bộ dữ liệu ở mỗi bước (full-batch) với
# tốc độ học (learning rate) 0.1 trong 300 bước. Hai mô hình xuất phát từ cùng một bộ trọng số (weight);
# khác biệt duy nhất là softmax đặt trước hàm mất mát. Vì giá trị hàm mất mát huấn luyện của hai mô hình
# không so sánh được với nhau (giá trị của mô hình sai bị chặn dưới bởi 0.551), cả hai được đánh giá trên
# cùng các thước đo: entropy chéo *đúng* tính trên logit của chúng ở tập kiểm tra, và độ chính xác trên
# tập kiểm tra.

# %% alt="Hai biểu đồ con so sánh mô hình được huấn luyện đúng (logit thô đưa thẳng vào CrossEntropyLoss) với mô hình có thêm softmax phía trước. Bên trái là entropy chéo qua 300 bước SGD: hàm mất mát trên tập kiểm tra của mô hình đúng giảm nhanh nhất và xuống thấp nhất; hàm mất mát trên tập kiểm tra của mô hình có softmax phía trước giảm chậm hơn, còn hàm mất mát huấn luyện của chính nó (đường chấm chấm) chững lại ngay trên cận log(1 + 2/e) = 0.551 (đường nét đứt). Bên phải là độ chính xác trên tập kiểm tra trong 100 bước đầu: mô hình đúng vượt qua đường nét đứt 90 % sớm hơn hẳn mô hình có softmax phía trước."
# (hình vẽ: mã của ô này là mã của softmax_in_practice.py, chú thích và nhãn dịch theo softmax_in_practice.vi.toml)

# %% tags=["remove-input"]
right, wrong = runs["right"], runs["softmax first"]
Markdown(f"""
Trong khoảng một trăm bước đầu, mô hình được huấn luyện với softmax thừa tụt lại rõ rệt: trên các logit
ngẫu nhiên, gradient của nó bằng {gradient_ratio:.2f} lần gradient của mô hình đúng, nên mỗi bước SGD dịch
chuyển nó ít hơn, và nó cần {steps_to(wrong["test_accuracy"], 0.9)} bước để đạt 90 % độ chính xác trên tập
kiểm tra, trong khi mô hình đúng cần {steps_to(right["test_accuracy"], 0.9)} bước. Trên bài toán dễ này, đến bước {STEPS}
nó đã đuổi kịp (độ chính xác cuối cùng trên tập kiểm tra là {wrong["test_accuracy"][-1]:.3f}, so với {right["test_accuracy"][-1]:.3f}), nhưng
giá trị hàm mất mát huấn luyện của chính nó (đường chấm chấm) không bao giờ xuống dưới {min(wrong["reported"]):.3f}, nên con số đó
nói lên rất ít về chất lượng của mô hình. Gradient tính ở trên cho một dự đoán *sai một cách tự tin* cho
thấy một thất bại còn tệ hơn: khi đi qua softmax thừa, nó gần như tiêu biến, nên một mẫu mà mô hình đoán
sai một cách tự tin hầu như không được sửa, trong khi hàm mất mát đúng lại đẩy mạnh nhất chính ở chỗ đó.
""")

# %% [markdown]
# ## Kết luận

# %% tags=["remove-input"]
Markdown(f"""
Softmax viết dưới dạng $e^{{x_i}} / \\sum_j e^{{x_j}}$ trả về `nan` với các logit cỡ $\\pm 1000$;
trừ đi giá trị lớn nhất trước (việc mà `torch.softmax` làm) cho kết quả chính xác, và cũng phép dịch đó
làm log-sum-exp trở nên hữu hạn, khớp với `torch.logsumexp`. Nhiệt độ giữ nguyên thứ hạng và làm thay đổi
entropy: entropy tăng đều từ $T = 0.25$ đến $T = 5$. Cuối cùng, đừng bao giờ đặt softmax trước
`nn.CrossEntropyLoss`: khi đó, hàm mất mát của một dự đoán đúng và tự tin tuyệt đối là
{bound:.3f} thay vì xấp xỉ 0, gradient tới được các logit nhỏ hơn (bằng {gradient_ratio:.2f} lần
gradient đúng trên các logit ngẫu nhiên, và {g_wrong.norm() / g_right.norm():.0e} lần trên một dự đoán sai
một cách tự tin), và mô hình vốn giống hệt kia huấn luyện chậm hơn, với entropy chéo trên tập kiểm tra
cao hơn sau 50 bước ({wrong["test_loss"][49]:.3f} so với {right["test_loss"][49]:.3f}) và cần nhiều bước
hơn để đạt 90 % độ chính xác trên tập kiểm tra. Hãy truyền vào logit thô, và chỉ gọi `torch.softmax` khi
cần xác suất để xuất ra.
""")
