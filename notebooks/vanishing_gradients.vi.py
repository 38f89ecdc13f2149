# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   translation:
#     en_source_hash: bc3b6cde14700fbf
# ---

# %% [markdown]
# # Tiêu biến gradient
#
# Lan truyền ngược (backpropagation) nhân dồn, qua từng tầng (layer), các ma trận trọng số (weight) và đạo hàm
# (derivative) của các hàm kích hoạt (activation function). Với một mạng sâu, gradient đến được tầng đầu
# tiên là tích của rất nhiều thừa số như vậy. Nếu các thừa số này thường nhỏ hơn 1, gradient co lại theo
# cấp số nhân khi mạng sâu thêm và các tầng đầu hầu như không học được gì: đó là hiện tượng *tiêu biến*
# gradient (vanishing gradient). Nếu chúng lớn hơn 1, gradient lớn dần: đó là hiện tượng *bùng nổ*
# gradient (exploding gradient).
#
# Notebook này đo hiện tượng đó. Nó dựng một MLP 20 tầng, độ rộng 64, với
# [sigmoid](../../activations/sigmoid/), [tanh](../../activations/tanh/),
# [ReLU](../../activations/relu/) hoặc [GELU](../../activations/gelu/) giữa các tầng, cho một batch cố
# định đi qua mạng ngay lúc vừa khởi tạo, rồi ghi lại chuẩn gradient theo trọng số của từng tầng: một lần
# với cách khởi tạo trọng số (weight initialisation) mặc định của PyTorch, một lần với cách khởi tạo phù
# hợp với hàm kích hoạt (Xavier cho sigmoid và tanh, Kaiming cho ReLU và GELU). Sau đó, nó dựng lại các
# mạng sigmoid và tanh với kết nối phần dư (residual connection) và chuẩn hóa theo batch (batch
# normalisation), hai cách khắc phục chính trong các mạng ngày nay.

# %% [markdown]
# ## Thừa số mà mỗi hàm kích hoạt đóng góp
#
# Khi lan truyền ngược qua một hàm kích hoạt, gradient được nhân theo từng phần tử (element-wise) với đạo
# hàm của hàm đó. Autograd cho ta đạo hàm lớn nhất của từng hàm trên một lưới điểm dày: đạo hàm của
# sigmoid không bao giờ vượt quá $1/4$ (đạt tại 0), nên mỗi tầng sigmoid làm gradient nhỏ đi ít nhất 4
# lần, trừ khi trọng số bù lại. Đạo hàm của Tanh và ReLU đạt tới 1; của GELU thì vượt 1 một chút.

# %% [markdown]
# ## Chuẩn gradient ở từng tầng lúc khởi tạo
#
# Mạng gồm 20 tầng `nn.Linear(64, 64)`, giữa hai tầng liên tiếp là hàm kích hoạt. Đầu vào là một batch cố
# định gồm 256 vectơ lấy từ phân phối chuẩn tắc, và hàm mất mát (loss function) là sai số bình phương
# trung bình so với một mục tiêu ngẫu nhiên cố định. Chỉ một lượt truyền ngược (backward pass), không huấn luyện: ta
# xét $\lVert \partial L / \partial W_\ell \rVert$ với $\ell = 1, \dots, 20$.
#
# Hai cách khởi tạo:
#
# - **Mặc định của PyTorch** cho `nn.Linear`: $W_{ij} \sim \mathcal{U}(-1/\sqrt{n}, 1/\sqrt{n})$ với
#   $n = 64$ đầu vào, tức phương sai $1/(3n)$. Cách này như nhau, bất kể hàm kích hoạt nào theo sau.
# - **Phù hợp**: Xavier (Glorot) dạng phân phối chuẩn,
#   $\operatorname{Var} W_{ij} = g^2 \cdot 2/(n_\text{in} + n_\text{out})$ với hệ số khuếch đại (gain)
#   $g$ lấy từ `nn.init.calculate_gain` (1 cho sigmoid, 5/3 cho tanh), và Kaiming (He) dạng phân phối
#   chuẩn, $\operatorname{Var} W_{ij} = 2/n_\text{in}$, cho ReLU và GELU (GELU dùng hệ số khuếch đại của ReLU,
#   vì nó không có hệ số riêng). Các hệ số điều chỉnh (bias) khởi đầu bằng 0.

# %% alt="Hai biểu đồ con dùng chung một trục y theo thang logarit: chuẩn gradient của từng tầng trong 20 tầng, tầng 1 (sát đầu vào) nằm ở bên trái. Bên trái là cách khởi tạo mặc định của PyTorch: cả bốn đường đều đi xuống từ tầng cuối về tầng đầu, đường của sigmoid giảm khoảng 17 bậc độ lớn, của ReLU và GELU giảm từ 6 đến 9 bậc, của tanh giảm khoảng 4 bậc. Bên phải là cách khởi tạo phù hợp: tanh, ReLU và GELU gần như nằm ngang, còn sigmoid vẫn giảm khoảng 12 bậc độ lớn."
# (hình vẽ: mã của ô này là mã của vanishing_gradients.py, chú thích và nhãn dịch theo vanishing_gradients.vi.toml)

# %% tags=["remove-input"]
Markdown(f"""
Hãy đọc mỗi đường từ phải sang trái, theo chiều mà gradient truyền đi:

- Với **sigmoid**, gradient bị nhân với một thừa số nhỏ, gần như không đổi, ở mỗi tầng, với cả hai cách khởi tạo: từ tầng 20 về
  tầng 1, thừa số tích lũy là {ratio[("sigmoid", "default")]:.1e} khi dùng khởi tạo mặc định, và vẫn là
  {ratio[("sigmoid", "suited")]:.1e} với Xavier. Đạo hàm của sigmoid tối đa là $1/4$, và đầu ra của nó luôn
  dương (có tâm tại $1/2$, không phải 0), điều mà phân tích của Xavier giả định là không xảy ra. Đó là lý
  do các mạng sigmoid sâu từng rất khó huấn luyện, và vì sao ngày nay sigmoid chủ yếu chỉ còn ở *đầu ra*
  (xác suất, cổng).
- Với **khởi tạo mặc định của PyTorch**, gradient tiêu biến ở độ sâu 20 với mọi hàm kích hoạt, kể cả
  ReLU và GELU: phương sai $1/(3n)$ nhỏ hơn mức $2/n$ mà ReLU cần để giữ nguyên độ lớn của tín hiệu.
- Với **khởi tạo phù hợp**, tanh, ReLU và GELU giữ gradient của mọi tầng chênh nhau không quá một thừa
  số nhỏ. Giá trị $2/n$ của Kaiming bù vừa đúng cho việc ReLU đưa một nửa số đầu vào của nó về 0; GELU
  đủ gần ReLU để cùng cách khởi tạo đó vẫn hiệu quả.
""")

# %% [markdown]
# ## Kết nối phần dư và các tầng chuẩn hóa
#
# Một cách khởi tạo phù hợp chỉ đặt đúng độ lớn lúc bắt đầu huấn luyện, và ở trên nó đã không cứu được
# sigmoid. Các mạng sâu ngày nay chủ yếu dựa vào hai thay đổi trong kiến trúc:
#
# - **kết nối phần dư** (residual connection, [He và cộng sự, 2015](https://arxiv.org/abs/1512.03385))
#   cộng đầu vào của một khối vào đầu ra của nó, $h_{\ell+1} = h_\ell + f(h_\ell)$. Ma trận Jacobian của
#   nó là $I + \partial f / \partial h_\ell$: ma trận đơn vị mang gradient ngược qua mọi khối, dù độ dốc (slope)
#   của $f$ nhỏ đến đâu, nên gradient không còn là tích của 20 thừa số nhỏ.
# - **tầng chuẩn hóa** (normalisation layer) đưa các tiền kích hoạt (pre-activation) về trung bình 0 và
#   phương sai 1. Chuẩn hóa theo batch (`nn.BatchNorm1d`,
#   [Ioffe và Szegedy, 2015](https://arxiv.org/abs/1502.03167)) làm việc này cho từng nơ-ron trên cả
#   batch. Đặt sau một tầng tuyến tính, nó giữ sigmoid ở đoạn giữa dốc nhất của nó, và làm cho đầu ra,
#   do đó cả lượt truyền ngược, không phụ thuộc vào độ lớn của các trọng số của tầng đó. Transformer dùng chuẩn hóa theo tầng
#   (layer normalisation, `nn.LayerNorm`, [Ba và cộng sự, 2016](https://arxiv.org/abs/1607.06450)),
#   chuẩn hóa từng mẫu trên các nơ-ron của nó thay vì trên batch.
#
# Dưới đây, chính các mạng sigmoid và tanh 20 tầng đó, với cách khởi tạo mặc định của PyTorch, được
# dựng lại theo bốn cách: dạng thường, $h \leftarrow \phi(\mathrm{Linear}(h))$ với hàm kích hoạt $\phi$
# (mạng của biểu đồ bên trái ở trên); có kết nối phần dư, $h \leftarrow h + \phi(\mathrm{Linear}(h))$; có
# chuẩn hóa theo batch, $h \leftarrow \phi(\mathrm{BN}(\mathrm{Linear}(h)))$; và có cả hai, theo cách
# bố trí chuẩn hóa trước (pre-norm) của GPT-2 và phần lớn các transformer về sau,
# $h \leftarrow h + \phi(\mathrm{Linear}(\mathrm{BN}(h)))$, thêm một tầng chuẩn hóa nữa trước tầng đầu ra.
# Mạng nào cũng có đúng 20 tầng `nn.Linear(64, 64)` đó, khởi tạo từ cùng một hạt giống ngẫu nhiên (seed), và nhận cùng một batch.

# %% alt="Hai biểu đồ con dùng chung một trục y theo thang logarit: chuẩn gradient của từng tầng trong 20 tầng với cách khởi tạo mặc định của PyTorch, tầng 1 (sát đầu vào) nằm ở bên trái; biểu đồ trái là sigmoid, biểu đồ phải là tanh. Ở cả hai biểu đồ, đường của mạng thường đi xuống dốc về phía tầng 1, của sigmoid giảm khoảng 17 bậc độ lớn, của tanh khoảng 4 bậc. Mạng có chuẩn hóa theo batch và mạng có kết nối phần dư cùng chuẩn hóa theo batch gần như nằm ngang. Mạng chỉ có kết nối phần dư, không chuẩn hóa, gần như nằm ngang với tanh; với sigmoid, đường của nó nằm trên các đường khác và tăng chậm, khoảng 3 bậc độ lớn từ tầng 1 đến tầng 20."
# (hình vẽ: mã của ô này là mã của vanishing_gradients.py, chú thích và nhãn dịch theo vanishing_gradients.vi.toml)

# %% tags=["remove-input"]
# The residual sigmoid network: what its output layer reads (the sum of 19 blocks' outputs), and the gradient
# that reaches the input compared with the one the output layer passes back.
residual_sigmoid, start = variant_models[("sigmoid", "residual")], inputs.clone().requires_grad_()
stream = residual_sigmoid[:-1](start)
stream.retain_grad()
nn.functional.mse_loss(residual_sigmoid[-1](stream), target).backward()
stream_mean, stream_gradient_ratio = stream.mean().item(), (start.grad.norm() / stream.grad.norm()).item()
r = {key: f"{value:.2g}" if value >= 0.01 else f"{value:.1e}" for key, value in architecture_ratio.items()}
Markdown(f"""
Gradient của tầng 1, tính theo bội số của gradient tầng 20, đi từ {r[("sigmoid", "thường")]} (sigmoid) và
{r[("tanh", "thường")]} (tanh) ở các mạng thường thành:

- {r[("sigmoid", "phần dư")]} và {r[("tanh", "phần dư")]} khi chỉ có **kết nối phần dư**. Đường đi qua ánh xạ đồng
  nhất mang gradient về tới tầng 1 mà không bị hao hụt (với sigmoid, gradient tới được đầu vào bằng
  {stream_gradient_ratio:.1f} lần gradient rời khỏi khối cuối cùng). Tỉ số của sigmoid trông vẫn nhỏ là vì
  một lý do khác: đầu ra của nó luôn dương, nên mỗi khối cộng thêm khoảng $1/2$ vào mọi tọa độ của $h$
  (tầng đầu ra đọc các giá trị trung bình {stream_mean:.1f}), mà gradient theo trọng số của một tầng, tức
  gradient đến tầng đó nhân với đầu vào của tầng, thì lớn lên theo đầu vào ấy.
- {r[("sigmoid", "BatchNorm")]} và {r[("tanh", "BatchNorm")]} khi chỉ có **chuẩn hóa theo batch**, cách này cứu
  được cả sigmoid.
- {r[("sigmoid", "phần dư + BatchNorm")]} và {r[("tanh", "phần dư + BatchNorm")]} khi có **cả hai**, theo cách
  bố trí chuẩn hóa trước.

Có chuẩn hóa theo batch, mọi tầng trong 20 tầng đều nhận gradient chênh với gradient của bất kỳ tầng nào
khác không quá 10 lần, kể cả sigmoid, và với cách khởi tạo mặc định của PyTorch.
""")

# %% [markdown]
# ## Kết luận

# %% tags=["remove-input"]
Markdown(f"""
Lúc khởi tạo, tầng đầu tiên của một MLP sigmoid 20 tầng nhận gradient nhỏ hơn gradient của tầng cuối hơn
$10^{{12}}$ lần, dù xuất phát từ khởi tạo mặc định của PyTorch hay từ Xavier: đạo hàm của sigmoid, tối
đa $1/4$, làm gradient nhỏ đi ở mỗi tầng. Một MLP ReLU với khởi tạo Kaiming giữ gradient của tầng đầu chênh
với của tầng cuối không quá 10 lần (trong lần chạy này, bằng {ratio[("ReLU", "suited")]:.2f} lần), và tanh
với Xavier cũng như GELU với Kaiming cũng vậy. Hàm kích hoạt và cách khởi tạo phải được chọn cùng nhau:
với cách khởi tạo mặc định của `nn.Linear` trong PyTorch, ngay cả ReLU cũng mất một thừa số hơn
$10^{{6}}$ qua 20 tầng. Kết nối phần dư và các tầng chuẩn hóa thì khắc phục điều đó ngay trong kiến trúc: có
chuẩn hóa theo batch, dù có hay không có kết nối phần dư, ngay cả mạng sigmoid cũng giữ gradient của mọi tầng
chênh với của bất kỳ tầng nào khác không quá 10 lần, xuất phát từ cách khởi tạo mặc định của PyTorch.
""")
