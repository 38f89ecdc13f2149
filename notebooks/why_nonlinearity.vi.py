# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   translation:
#     en_source_hash: 76c0f06ec5f079ba
# ---

# %% [markdown]
# # Vì sao cần tính phi tuyến?
#
# Một mạng nơ-ron (neural network) không có hàm kích hoạt (activation function) chỉ là một chuỗi các
# phép biến đổi affine, mà ghép nhiều phép biến đổi affine lại thì vẫn chỉ được một phép biến đổi affine:
# $W_3(W_2(W_1x + b_1) + b_2) + b_3 = Wx + b$. Dù có bao nhiêu tầng (layer) đi nữa, mạng như vậy cũng chỉ vẽ được
# một đường thẳng (một siêu phẳng) xuyên qua dữ liệu. Đặt một hàm kích hoạt giữa các tầng, chẳng hạn
# [ReLU](../../activations/relu/), [Tanh](../../activations/tanh/) hay
# [GELU](../../activations/gelu/), sẽ ngăn các tầng gộp lại thành một như thế và cho phép mạng uốn cong
# biên quyết định (decision boundary) của nó.
#
# Notebook này kiểm chứng điều đó trên một tập dữ liệu mà không đường thẳng nào tách được: hai đường
# xoắn ốc lồng vào nhau. Nó huấn luyện năm mô hình với cùng một bộ tối ưu (optimiser), cùng số bước và cùng dữ liệu:
#
# - hồi quy logistic (một `nn.Linear`),
# - một MLP có hai tầng ẩn (hidden layer) và **không** có hàm kích hoạt,
# - chính MLP đó với ReLU, với Tanh và với GELU giữa các tầng,
#
# rồi vẽ biên quyết định của từng mô hình và so sánh độ chính xác của chúng trên những điểm được giữ
# riêng, không dùng khi huấn luyện.

# %% [markdown]
# ## Hai đường xoắn ốc
#
# Mỗi điểm có bán kính $r \in [0, 1)$ và nằm trên một trong hai nhánh xoắn ốc,
# $\theta = 2\pi r + \pi c$ với nhãn lớp $c \in \{0, 1\}$, cộng thêm một chút nhiễu Gauss. Hai nhánh cuộn
# quanh nhau, nên đường thẳng nào cũng cắt qua cả hai.

# %% [markdown]
# ## Năm mô hình, một công thức huấn luyện
#
# Mỗi mô hình cho ra một logit; `nn.BCEWithLogitsLoss` biến logit đó thành xác suất thuộc lớp 1. Tất cả
# đều được huấn luyện bằng Adam trên toàn bộ dữ liệu ở mỗi bước (full-batch), với tốc độ học
# (learning rate) 0.03, trong 200 bước, và xuất phát từ cùng một hạt giống ngẫu nhiên (seed).

# %% [markdown]
# ## Ba tầng tuyến tính là một tầng tuyến tính
#
# MLP không có hàm kích hoạt có $2 \cdot 32 + 32 \cdot 32 + 32$ trọng số (weight), nhưng nhân các ma
# trận trọng số của nó lại với nhau thì chỉ được một ma trận $1 \times 2$ duy nhất và một
# hệ số điều chỉnh (bias): nó *chính là* một mô hình hồi quy logistic, chỉ được tham số hóa theo cách
# khác. Đoạn kiểm tra dưới đây tự tay ghép ba tầng lại và so sánh kết quả với đầu ra của mạng trên các
# điểm kiểm tra.

# %% [markdown]
# ## Biên quyết định
#
# Mỗi biểu đồ con tô màu mặt phẳng theo xác suất thuộc lớp 1 mà mô hình dự đoán (trên lưới 200 × 200) và
# vẽ biên $p = 0.5$ bằng màu đen; các chấm là những điểm huấn luyện.

# %% alt="Sáu biểu đồ con trên hình vuông từ -1.3 đến 1.3. Năm biểu đồ đầu cho thấy xác suất thuộc lớp 1 mà một mô hình dự đoán dưới dạng bản đồ màu chuyển từ đỏ sang xanh lam, biên 0.5 của mô hình là một đường màu đen và các điểm huấn luyện là những chấm: hồi quy logistic và MLP không có hàm kích hoạt đều chia mặt phẳng bằng một đường thẳng duy nhất cắt qua cả hai nhánh xoắn ốc; các MLP với ReLU, Tanh và GELU vẽ một biên uốn lượn giữa hai nhánh, biên của ReLU ghép từ các đoạn thẳng, biên của Tanh và GELU thì trơn. Biểu đồ thứ sáu chỉ hiển thị dữ liệu huấn luyện: hai nhánh xoắn ốc lồng vào nhau, một nhánh đỏ, một nhánh xanh lam."
# (hình vẽ: mã của ô này là mã của why_nonlinearity.py, chú thích và nhãn dịch theo why_nonlinearity.vi.toml)

# %% tags=["remove-input"]
Markdown(f"""
Hai mô hình tuyến tính vẽ cùng một biên, là một đường thẳng: đường thẳng mà hồi quy logistic đạt tới
sau 200 bước Adam chỉ đặt được {100 * accuracies["Tuyến tính (hồi quy logistic)"]:.0f} % số điểm kiểm tra về
đúng phía. Cả ba hàm kích hoạt đều giúp MLP uốn biên của nó quanh các nhánh xoắn ốc. Các biên này
khác nhau về dáng vẻ: biên của ReLU ghép từ các đoạn thẳng, vì mạng ReLU là hàm tuyến tính từng khúc (piecewise linear);
còn biên của Tanh và GELU là những đường cong trơn (smooth).
""")

# %% [markdown]
# ## Kết luận

# %% tags=["remove-input"]
Markdown(f"""
Trên hai đường xoắn ốc, hồi quy logistic đạt độ chính xác {linear:.3f} trên tập kiểm tra, và việc thêm
hai tầng ẩn *không có* hàm kích hoạt chẳng giúp được gì ({no_activation:.3f}): nhân lại với nhau, ba tầng
chỉ còn là một ánh xạ tuyến tính duy nhất, như đã kiểm tra bằng số ở trên. Đặt ReLU, Tanh hoặc GELU vào
giữa chính những tầng đó, cùng một quá trình huấn luyện sẽ đạt ít nhất {min(with_activation.values()):.3f}.
Các tầng thêm vào chỉ tăng khả năng biểu diễn khi giữa chúng có một thứ gì đó phi tuyến; ở đây, dùng hàm
kích hoạt nào ít quan trọng hơn nhiều so với việc có dùng một hàm kích hoạt hay không.
""")
