# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   translation:
#     en_source_hash: c308f65802713fe4
# ---

# %% [markdown]
# # ReLU chết
#
# [ReLU](../../activations/relu/) cho ra $\max(0, z)$ và đạo hàm (derivative) của nó bằng 0 với mọi
# $z < 0$. Một nơ-ron ẩn có tiền kích hoạt (pre-activation) $z = w^\top x + b$ âm với *mọi* đầu vào sẽ
# luôn cho ra 0 và luôn nhận gradient bằng 0: thuật toán hạ gradient không thể thay đổi $w$ hay $b$
# được nữa, nên nơ-ron đó tắt luôn, chừng nào đầu vào của nó còn chưa thay đổi. Nó đã **chết**. Chỉ
# một lần cập nhật lớn, thường do tốc độ học (learning rate) quá cao, là đủ để đẩy nhiều nơ-ron vào
# trạng thái đó cùng một lúc.
#
# Notebook này huấn luyện cùng một MLP nhỏ với ReLU, [Leaky ReLU](../../activations/leaky-relu/) và
# [ELU](../../activations/elu/), trước hết với tốc độ học quá cao, sau đó với một giá trị hợp lý, và
# đếm số nơ-ron ẩn đã chết trong suốt quá trình.

# %% [markdown]
# ## Bài toán, mô hình và thế nào là "chết"
#
# Một bài toán hồi quy trên dữ liệu tự tạo: 2048 đầu vào $x \in \mathbb{R}^{10}$ lấy từ phân phối chuẩn
# tắc, và mục tiêu $y = \sin(w^\top x / 3) + x_1^2 / 2$ với một $w$ ngẫu nhiên cố định. Mô hình có hai
# tầng ẩn (hidden layer), mỗi tầng (layer) 64 nơ-ron (tổng cộng 128 nơ-ron ẩn), và một đầu ra.
#
# Một nơ-ron ẩn được coi là **chết** khi nó cho ra đúng 0 với mọi đầu vào trong 2048 đầu vào huấn
# luyện: khi đó, không minibatch nào lấy từ chúng có thể gửi gradient tới các trọng số (weight) của nó.
# Vì gradient chỉ có thể tới được trọng số của một nơ-ron thông qua đạo hàm của nó, notebook còn đếm
# những nơ-ron có đạo hàm nhỏ hơn $10^{-3}$ với mọi đầu vào huấn luyện ("không có gradient"): với ReLU, đó vẫn là cùng một tập nơ-ron; còn với ELU, cách đếm này sẽ bắt được những nơ-ron
# bị *bão hòa (saturation)*: đạo hàm $e^z$ của ELU rất nhỏ khi $z$ rất âm, dù đầu ra của nó, gần $-1$,
# không bằng 0.

# %% [markdown]
# ## Huấn luyện: tốc độ học quá cao, rồi hợp lý
#
# SGD thuần trên các minibatch 64 mẫu, hàm mất mát (loss function) là sai số bình phương trung bình, mọi
# mạng đều xuất phát từ cùng một hạt giống ngẫu nhiên (seed) và dùng cùng các minibatch:
#
# 1. **300 bước với tốc độ học 4**, quá cao so với mô hình này. Chuẩn của gradient bị cắt (clip) về 1 để
#    mỗi bước dịch chuyển tham số nhiều nhất là 4: nếu không cắt, giá trị hàm mất mát bị tràn số trên
#    (overflow) thành inf/nan chỉ sau vài bước với mọi hàm kích hoạt (activation function), và một mạng
#    toàn nan thì chẳng còn nơ-ron chết nào để đếm.
# 2. **150 bước với tốc độ học 0.05**, một giá trị hợp lý, để xem tổn thương có lành lại không.
#
# Cứ mỗi 10 bước, ta ghi lại tỉ lệ nơ-ron chết và giá trị hàm mất mát trên toàn bộ 2048 điểm huấn luyện.
#
# Với tốc độ học cao như vậy, quá trình huấn luyện trở nên *hỗn loạn*: một khác biệt ở bit cuối cùng của
# một lần cập nhật sẽ lớn dần cho đến khi các lần chạy rẽ sang những hướng khác nhau. PyTorch làm tròn
# khác nhau trên các CPU khác nhau (AVX-512, AVX2 hay mã vô hướng thông thường, với nhiều hay ít luồng),
# nên số nơ-ron chết chính xác phụ thuộc vào máy chạy notebook này. Các con số trích dẫn bên dưới là
# những số mà lần chạy này tính được; điều chúng cho thấy — nhiều nơ-ron ReLU chết (dying ReLU),
# còn hai hàm kia không có nơ-ron chết nào — vẫn đúng trên mọi CPU (các bài kiểm thử của trang web
# kiểm tra điều này trên nhiều loại CPU).

# %% alt="Hai biểu đồ con trải trên 450 bước SGD, có một đường nét đứt tại bước 300, nơi tốc độ học giảm từ 4 xuống 0.05. Bên trái là tỉ lệ nơ-ron ẩn đã chết: đường của ReLU nhảy từ 0 lên hơn một phần năm chỉ trong 10 bước đầu, tiếp tục tăng đến khoảng bước 200 rồi nằm ngang sau khi đổi tốc độ học; đường của Leaky ReLU và ELU nằm ở 0 suốt quá trình. Bên phải là hàm mất mát huấn luyện trên thang logarit: cả ba đường đều nhiễu khi tốc độ học là 4 và giảm xuống sau khi đổi, trong đó ReLU kết thúc ở mức cao nhất."
# (hình vẽ: mã của ô này là mã của dying_relu.py, chú thích và nhãn dịch theo dying_relu.vi.toml)

# %% tags=["remove-input"]
relu_after_10 = history["ReLU"]["dead"][1]
relu_layers = final_stats["ReLU"]["dead_per_layer"]
where = (
    "Ở đây chúng đều nằm ở tầng thứ hai."
    if relu_layers[0] == 0
    else f"Ở đây {100 * relu_layers[0]:.0f} % số nơ-ron của tầng thứ nhất và {100 * relu_layers[1]:.0f} % số nơ-ron của tầng thứ hai đã chết."
)
came_back = (
    f"{revived} trong số {was_dead.sum().item()} nơ-ron đã chết ở bước 300 đã sống lại"
    if revived
    else "không nơ-ron nào sống lại"
)
Markdown(f"""
Mạng ReLU mất {100 * relu_after_10:.0f} % số nơ-ron ẩn chỉ trong 10 bước đầu với tốc độ học
4 và {100 * stats_after_phase1["ReLU"]["dead"]:.0f} % tính đến bước 300, và chúng vẫn chết khi tốc độ học đã trở
lại mức hợp lý ({100 * final_stats["ReLU"]["dead"]:.0f} % ở cuối quá trình). Tiền kích hoạt của chúng âm với mọi
đầu vào huấn luyện (in ra ở trên), nên không minibatch nào gửi được gradient tới các trọng số đi vào
chúng: trên toàn bộ tập huấn luyện, phần tử lớn nhất của gradient đó, tính theo giá trị tuyệt đối, đúng
bằng {dead_gradient:g}. {where} Một nơ-ron chết ở tầng thứ nhất sẽ chết mãi với SGD thuần, vì đầu vào
của nó, tức dữ liệu, không bao giờ thay đổi. Một nơ-ron ở tầng thứ hai có thể sống lại khi việc huấn
luyện tầng thứ nhất làm thay đổi đầu vào của nó; trong 150 bước với tốc độ học 0.05, {came_back}. Mất
đi {100 * final_stats["ReLU"]["dead"]:.0f} % số nơ-ron, mạng ReLU cũng kết thúc lần chạy này với giá trị hàm mất
mát huấn luyện cao nhất trong ba mạng. Hai mạng còn lại không mất nơ-ron nào:

- **Leaky ReLU** cho ra $0.01\\,z$ khi $z < 0$: giá trị này chỉ bằng 0 khi $z$ đúng bằng 0, và đạo hàm
  của nó không bao giờ nhỏ hơn 0.01. Vì thế, theo định nghĩa trên, một nơ-ron Leaky ReLU không thể chết,
  và nó luôn nhận được một ít gradient để hồi phục. Tỉ lệ nơ-ron chết của nó bằng 0 do chính cách hàm
  được xây dựng.
- **ELU** cho ra $e^z - 1$ khi $z < 0$, cũng chỉ bằng 0 tại $z = 0$; đạo hàm $e^z$ của nó đúng là nhỏ
  dần khi $z$ rất âm, nhưng ở đây không nơ-ron ELU nào có đạo hàm nhỏ hơn $10^{{-3}}$ với mọi đầu vào
  huấn luyện.
""")

# %% [markdown]
# Momentum và Adam cũng không làm một nơ-ron chết sống lại. Hàm mất mát vẫn không gửi chút gradient nào
# tới nó, còn các trung bình trượt của bộ tối ưu (optimiser) chỉ tiếp tục, với trọng số giảm dần qua từng
# bước, những cập nhật mà nơ-ron đó nhận được trước khi chết. Suy giảm trọng số (weight decay) trên mọi
# tham số, như cách `weight_decay` của SGD thuần hay của AdamW áp dụng cho `model.parameters()`, nhân
# $w$ và $b$ của nơ-ron với cùng một hệ số: $z$ nhỏ lại nhưng vẫn giữ nguyên dấu, nên điều đó cũng không
# làm nơ-ron sống lại. Thứ có thể làm một nơ-ron ở tầng sâu hơn sống lại là sự thay đổi của đầu vào của
# nó, như đã nói ở trên.

# %% [markdown]
# ## Kết luận

# %% tags=["remove-input"]
Markdown(f"""
Sau 300 bước SGD với tốc độ học quá cao, {100 * stats_after_phase1["ReLU"]["dead"]:.0f} % trong số 128 nơ-ron
ẩn của mạng ReLU đã chết (lúc khởi tạo không có nơ-ron nào chết), và 150 bước tiếp theo với tốc độ học
hợp lý vẫn để lại {100 * final_stats["ReLU"]["dead"]:.0f} % nơ-ron chết: một nơ-ron ReLU chết có gradient bằng 0
với mọi đầu vào huấn luyện. Các mạng Leaky ReLU và ELU, được huấn luyện y hệt, kết thúc mà không có nơ-ron chết nào,
và Leaky ReLU thì không thể có, vì đầu ra của nó chỉ bằng 0 khi $z$ đúng bằng 0 và độ dốc (slope) của
nó không bao giờ nhỏ hơn 0.01. Các cách khắc phục trong thực tế là đi những bước nhỏ hơn, khởi tạo
trọng số (weight initialisation) cẩn thận, hoặc dùng một hàm kích hoạt có độ dốc khác 0 với đầu vào âm.
Độ dài mỗi bước do tốc độ học nhân với chuẩn của gradient quyết định: chỉ cắt (clip) chuẩn gradient thôi
thì chưa đủ, vì lần chạy này đã cắt nó về 1 mà những bước dài tới 4 vẫn giết chết
{100 * stats_after_phase1["ReLU"]["dead"]:.0f} % số nơ-ron. Hãy giảm tốc độ học, hoặc khởi động (warm-up) nó từ
một giá trị nhỏ.
""")
