# Serving image for llama.cpp: the official upstream image (BASE_IMAGE, pinned by build-image.sh) plus the
# emd entrypoint. Weights are not baked in; they come from S3 at start.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY entrypoint.sh /opt/emd/entrypoint.sh
RUN chmod 0755 /opt/emd/entrypoint.sh
ENV EMD_ENGINE=llama.cpp
ENTRYPOINT ["/opt/emd/entrypoint.sh"]
